// Renderless-ish controller: hovering an edge shows its relation type, its two ends and its evidence quote;
// when the edge has more evidence than the graph answer carried, the card asks the source for it all
// and names the other documents.
// Sigma only reports edge hovers with enableEdgeEvents on from construction (sigma/settings.ts sets it).
import { useEffect, useState } from "react";
import type { GraphEdge } from "../../model/api.js";
import type { GraphSource } from "../source/GraphSource.js";
import { RELATION_TYPE_INFO } from "../../model/vocabulary.js";
import { useSigma } from "../sigma/context.js";
import { freeArea } from "../sigma/free-area.js";
import { edgeTip, type EdgeTip } from "./edgeTip.js";
import "./ux.css";
import { useI18n } from "../i18n/lang.js";

export interface EdgeTooltipProps {
  source: GraphSource;
  docTitle(id: string): string;
}

/** Pixels between the pointer and the card, and the card's width (kept in step with ux.css). */
const OFFSET = 14;
const CARD_WIDTH = 320;

export function EdgeTooltip({ source, docTitle }: EdgeTooltipProps) {
  const { t, pick, lang } = useI18n();
  const sigma = useSigma();
  const [hover, setHover] = useState<{ edge: string; x: number; y: number } | null>(null);
  const [full, setFull] = useState<{ edge: string; answer: GraphEdge } | null>(null);

  useEffect(() => {
    if (!hover) return;
    const graph = sigma.getGraph();
    if (!graph.hasEdge(hover.edge)) return;
    const a = graph.getEdgeAttributes(hover.edge);
    if (a.evidenceCount <= a.evidence.length || full?.edge === hover.edge) return;
    let live = true;
    source.edgeEvidence(graph.source(hover.edge), a.rtype, graph.target(hover.edge)).then(
      (answer) => live && setFull({ edge: hover.edge, answer }),
      () => undefined, // the card keeps the first quote and the count
    );
    return () => {
      live = false;
    };
  }, [hover, sigma, source, full]);

  useEffect(() => {
    const onEnter = ({ edge, event }: { edge: string; event: { x: number; y: number } }) =>
      setHover({ edge, x: event.x, y: event.y });
    const onLeave = () => setHover(null);
    const camera = sigma.getCamera();
    sigma.on("enterEdge", onEnter);
    sigma.on("leaveEdge", onLeave);
    sigma.on("enterNode", onLeave);
    camera.on("updated", onLeave);
    return () => {
      sigma.off("enterEdge", onEnter);
      sigma.off("leaveEdge", onLeave);
      sigma.off("enterNode", onLeave);
      camera.off("updated", onLeave);
    };
  }, [sigma]);

  const graph = sigma.getGraph();
  if (!hover || !graph.hasEdge(hover.edge)) return null;
  const tip: EdgeTip = edgeTip(graph, hover.edge, lang);
  const info = RELATION_TYPE_INFO[tip.rtype];
  const box = sigma.getContainer();
  // Keep the card in the part of the canvas no panel covers, on whichever side of the pointer has room.
  const area = freeArea(box);
  const [minX, maxX] = [area.cx - area.width / 2, area.cx + area.width / 2];
  const left =
    hover.x + OFFSET + CARD_WIDTH > maxX
      ? Math.max(minX + 4, hover.x - OFFSET - CARD_WIDTH)
      : hover.x + OFFSET;
  const below = hover.y < box.clientHeight / 2;
  const style = below
    ? { left, top: hover.y + OFFSET }
    : { left, bottom: box.clientHeight - hover.y + OFFSET };
  return (
    <div className="edge-tip" role="tooltip" data-testid="edge-tip" style={style}>
      <div className="edge-tip-type">
        <span className="swatch" style={{ background: info.colour }} /> {pick(info.zh, info.en)}
      </div>
      <div className="edge-tip-ends">
        {tip.source} <span className="muted">{info.directed ? "→" : "↔"}</span> {tip.target}
      </div>
      {tip.quote ? (
        <>
          <blockquote>「{tip.quote}」</blockquote>
          <div className="muted edge-tip-doc">
            § {docTitle(tip.doc)}
            {tip.certainty === "implied" && <span className="tag implied">{t("implied")}</span>}
            {tip.more > 0 && <span> +{tip.more}</span>}
            {full?.edge === hover.edge && (
              <span data-testid="edge-tip-more-docs">
                {" "}
                {[...new Set(full.answer.evidence.slice(1).map((ev) => ev.doc))]
                  .filter((doc) => doc !== tip.doc)
                  .map((doc) => `§ ${docTitle(doc)}`)
                  .join(" · ")}
              </span>
            )}
          </div>
        </>
      ) : (
        <div className="muted">{t("noEvidence")}</div>
      )}
    </div>
  );
}
