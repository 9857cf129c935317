// The export buttons: image of the view, and data of the view or the whole graph, in each format.
import { useState } from "react";
import type { Lang } from "../i18n/strings.js";
import { DATA_FORMATS, type DataFormat } from "../export/formats.js";
import { bt } from "./strings.js";
import type { useExports } from "./useExports.js";

const FORMAT_LABEL: Record<DataFormat, string> = {
  gexf: "GEXF",
  graphml: "GraphML",
  "csv-nodes": "CSV nodes",
  "csv-edges": "CSV edges",
  json: "JSON",
};

export function ExportButtons({ lang, exports }: { lang: Lang; exports: ReturnType<typeof useExports> }) {
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
      {busy === key ? bt("exporting", lang) : label}
    </button>
  );
  return (
    <section className="briefing-exports">
      <h4>{bt("image", lang)}</h4>
      <div className="row">
        {[
          btn("png2", "PNG 2×", () => exports.png(2)),
          btn("png4", "PNG 4×", () => exports.png(4)),
          btn("svg", "SVG", exports.svg),
        ]}
      </div>
      <h4>{bt("dataView", lang)}</h4>
      <div className="row">
        {DATA_FORMATS.map((f) => btn(`view-${f}`, FORMAT_LABEL[f], () => exports.data(f, false)))}
      </div>
      <h4>{bt("dataAll", lang)}</h4>
      <div className="row">
        {DATA_FORMATS.map((f) => btn(`all-${f}`, FORMAT_LABEL[f], () => exports.data(f, true)))}
      </div>
    </section>
  );
}
