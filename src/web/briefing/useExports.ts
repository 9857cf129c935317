// Export actions of the current view (PNG 2x/4x, SVG: the whole view composed on a page) and of its data
// or the whole graph (GEXF, GraphML, CSV, JSON).
import { useCallback } from "react";
import type { Visible } from "../graph/visibility.js";
import type { Lang } from "../i18n/strings.js";
import type { ExplorerSigma } from "../sigma/context.js";
import { ensureFont } from "../sigma/font.js";
import type { GraphSource } from "../source/GraphSource.js";
import { captureScene } from "../export/capture.js";
import { compose } from "../export/compose.js";
import { fromSubgraph, fromView } from "../export/exportGraph.js";
import { embeddedFontCss } from "../export/fontEmbed.js";
import { download, exportData, type DataFormat } from "../export/formats.js";
import { canvasMeasure, compositionToPng, type PngScale } from "../export/png.js";
import { sceneText } from "../export/scene.js";
import { compositionToSvg } from "../export/svg.js";

export interface ExportContext {
  sigma: ExplorerSigma;
  source: GraphSource;
  visible: Visible;
  lang: Lang;
  caption: string;
  dataVersion: string;
  docTitle(id: string): string;
}

const WHOLE_GRAPH_LIMIT = 10_000;

export function useExports(c: ExportContext) {
  const { sigma, source, visible, lang, caption, dataVersion, docTitle } = c;
  // Fonts first: the layout measures text, and the PNG draws it.
  const page = useCallback(async () => {
    const scene = captureScene(sigma, { lang, caption, docTitle });
    await ensureFont(sceneText(scene));
    return { scene, composition: compose(scene, canvasMeasure()) };
  }, [sigma, lang, caption, docTitle]);
  const png = useCallback(
    async (scale: PngScale) =>
      download(
        `ningbo-view@${scale}x.png`,
        "image/png",
        await compositionToPng((await page()).composition, scale),
      ),
    [page],
  );
  const svg = useCallback(async () => {
    const { scene, composition } = await page();
    download(
      "ningbo-view.svg",
      "image/svg+xml",
      compositionToSvg(composition, await embeddedFontCss(sceneText(scene))),
    );
  }, [page]);
  const data = useCallback(
    async (format: DataFormat, whole: boolean) => {
      const g = whole
        ? await source.overview(WHOLE_GRAPH_LIMIT, "all").then((sub) => fromSubgraph(sub.nodes, sub.edges))
        : fromView(sigma.getGraph(), visible.nodes, visible.edges);
      const file = exportData(g, format, whole ? "ningbo-graph" : "ningbo-view", {
        dataVersion,
        exportedAt: new Date().toISOString(),
      });
      download(file.name, file.mime, file.text);
    },
    [sigma, source, visible, dataVersion],
  );
  return { png, svg, data };
}
