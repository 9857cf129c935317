// Reads the scene off the live sigma instance: positions after the camera, colours and labels after the
// reducers (so filters, lens, path highlight and language are exported as shown).
import { ENTITY_TYPE_INFO, RELATION_TYPE_INFO, type EntityType, type RelationType } from "../../model/vocabulary.js";
import { bt } from "../briefing/strings.js";
import { pick, t, type Lang } from "../i18n/strings.js";
import type { ExplorerSigma } from "../sigma/context.js";
import type { Scene, SceneEdge, SceneNode } from "./scene.js";

export interface SceneText {
  lang: Lang;
  caption: string;
  /** Document id -> title, for the sources line. */
  docTitle(id: string): string;
}

/** The scene sigma draws right now, with legend, caption and the documents of the visible edges. */
export function captureScene(sigma: ExplorerSigma, text: SceneText): Scene {
  const graph = sigma.getGraph();
  const { width, height } = sigma.getDimensions();
  const nodes: SceneNode[] = [];
  const types = new Set<EntityType>();
  graph.forEachNode((id, a) => {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    const sub = (d as unknown as { labelSub?: string }).labelSub;
    nodes.push({ id, x: p.x, y: p.y, r: sigma.scaleSize(d.size), color: d.color, label: d.label ?? "", ...(sub ? { labelSub: sub } : {}) });
    if (a.kind === "entity") types.add(a.etype);
  });
  const edges: SceneEdge[] = [];
  const rels = new Set<RelationType>();
  const docs = new Set<string>();
  graph.forEachEdge((id, a, s, tg) => {
    const d = sigma.getEdgeDisplayData(id);
    const ds = sigma.getNodeDisplayData(s);
    const dt = sigma.getNodeDisplayData(tg);
    if (!d || d.hidden || !ds || !dt || ds.hidden || dt.hidden) return;
    const p1 = sigma.framedGraphToViewport(ds);
    const p2 = sigma.framedGraphToViewport(dt);
    // Stop the line at the target's rim so the arrow head shows.
    const r = sigma.scaleSize(dt.size);
    const len = Math.hypot(p2.x - p1.x, p2.y - p1.y) || 1;
    edges.push({ x1: p1.x, y1: p1.y, x2: p2.x - ((p2.x - p1.x) * r) / len, y2: p2.y - ((p2.y - p1.y) * r) / len, color: d.color, width: Math.max(0.5, d.size), arrow: a.type.includes("rrow") });
    if (a.evidence.length) rels.add(a.rtype);
    for (const ev of a.evidence) docs.add(ev.doc);
  });
  const lang = text.lang;
  const legend: Scene["legend"] = [
    ...[...types].map((ty) => ({ color: ENTITY_TYPE_INFO[ty].colour, label: pick(ENTITY_TYPE_INFO[ty].zh, ENTITY_TYPE_INFO[ty].en, lang), shape: "dot" as const })),
    ...[...rels].map((r) => ({ color: RELATION_TYPE_INFO[r].colour, label: pick(RELATION_TYPE_INFO[r].zh, RELATION_TYPE_INFO[r].en, lang), shape: "line" as const })),
  ];
  const sources = `${bt("sources", lang)}: ${[...docs].sort().map(text.docTitle).join("；")}`;
  return { width, height, nodes, edges, legend, title: t("title", lang), caption: text.caption, sources };
}
