// The export buttons: image of the view, and data of the view or the whole graph, in each format.
import { useState } from "react";
import { DATA_FORMATS, type DataFormat } from "../export/formats.js";
import type { useExports } from "./useExports.js";
import { useI18n } from "../i18n/lang.js";

const FORMAT_LABEL: Record<DataFormat, string> = {
  gexf: "GEXF",
  graphml: "GraphML",
  "csv-nodes": "CSV nodes",
  "csv-edges": "CSV edges",
  json: "JSON",
};

export function ExportButtons({ exports }: { exports: ReturnType<typeof useExports> }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const run = (key: string, job: () => Promise<void>) => {
    setBusy(key);
    job()
      .catch((err: unknown) => console.error("export failed:", err))
      .finally(() => setBusy(null));
  };
  const btn = (key: string, label: string, job: () => Promise<void>) => (
    <button
      key={key}
      type="button"
      data-testid={`export-${key}`}
      disabled={busy !== null}
      onClick={() => run(key, job)}
    >
      {busy === key ? t("exporting") : label}
    </button>
  );
  return (
    <section className="briefing-exports">
      <h4>{t("image")}</h4>
      <div className="row">
        {[
          btn("png2", "PNG 2×", () => exports.png(2)),
          btn("png4", "PNG 4×", () => exports.png(4)),
          btn("svg", "SVG", exports.svg),
        ]}
      </div>
      <h4>{t("dataView")}</h4>
      <div className="row">
        {DATA_FORMATS.map((f) => btn(`view-${f}`, FORMAT_LABEL[f], () => exports.data(f, false)))}
      </div>
      <h4>{t("dataAll")}</h4>
      <div className="row">
        {DATA_FORMATS.map((f) => btn(`all-${f}`, FORMAT_LABEL[f], () => exports.data(f, true)))}
      </div>
    </section>
  );
}
