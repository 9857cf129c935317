// Reads the scene off the live sigma instance: colours and labels after the reducers (so filters, lens,
// path highlight and language are exported as shown), positions at a neutral camera so the export can
// fit the whole view rather than copy the current viewport crop.
import {
  ENTITY_TYPES,
  ENTITY_TYPE_INFO,
  RELATION_TYPES,
  RELATION_TYPE_INFO,
  type EntityType,
  type RelationType,
} from "../../model/vocabulary.js";
import { pick, t, type Lang } from "../i18n/strings.js";
import type { ExplorerSigma } from "../sigma/context.js";
import { rankOf } from "../sigma/labelLayer.js";
import { nodeLabel } from "../sigma/reducers.js";
import type { Scene, SceneEdge, SceneNode } from "./scene.js";

export interface SceneText {
  lang: Lang;
  caption: string;
  /** Document id -> title, for the sources line. */
  docTitle(id: string): string;
}

const NEUTRAL = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

/** The scene of what the view shows, with legend, caption and the documents of the visible edges. */
export function captureScene(sigma: ExplorerSigma, text: SceneText): Scene {
  const graph = sigma.getGraph();
  const lang = text.lang;
  const nodes: SceneNode[] = [];
  const types = new Set<EntityType>();
  graph.forEachNode((id, a) => {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d, { cameraState: NEUTRAL });
    const sub = (d as unknown as { labelSub?: string }).labelSub;
    const full = nodeLabel(a, lang);
    nodes.push({
      id,
      x: p.x,
      y: p.y,
      r: Math.max(2, d.size),
      color: d.color,
      label: d.label ?? "",
      ...(sub ? { labelSub: sub } : {}),
      name: full.labelSub ? `${full.label} ${full.labelSub}` : full.label,
      force: Boolean(d.forceLabel || d.highlighted),
      rank: rankOf(d),
      degree: a.degree,
    });
    if (a.kind === "entity") types.add(a.etype);
  });
  const edges: SceneEdge[] = [];
  const rels = new Set<RelationType>();
  const docs = new Set<string>();
  graph.forEachEdge((id, a, s, tg) => {
    const d = sigma.getEdgeDisplayData(id);
    if (
      !d ||
      d.hidden ||
      sigma.getNodeDisplayData(s)?.hidden !== false ||
      sigma.getNodeDisplayData(tg)?.hidden !== false
    )
      return;
    const type = String(d.type ?? a.type);
    edges.push({
      source: s,
      target: tg,
      color: d.color,
      width: Math.max(0.8, d.size),
      arrow: type.includes("rrow"),
      curvature: type.startsWith("curved") ? a.curvature || 0.25 : 0,
    });
    rels.add(a.rtype);
    for (const ev of a.evidence) docs.add(ev.doc);
  });
  const legend: Scene["legend"] = [];
  const typeItems = ENTITY_TYPES.filter((ty) => types.has(ty)).map((ty) => ({
    color: ENTITY_TYPE_INFO[ty].colour,
    label: pick(ENTITY_TYPE_INFO[ty].zh, ENTITY_TYPE_INFO[ty].en, lang),
    shape: "dot" as const,
  }));
  const relItems = RELATION_TYPES.filter((r) => rels.has(r)).map((r) => ({
    color: RELATION_TYPE_INFO[r].colour,
    label: pick(RELATION_TYPE_INFO[r].zh, RELATION_TYPE_INFO[r].en, lang),
    shape: "line" as const,
  }));
  if (typeItems.length) legend.push({ heading: t("legendTypes", lang), items: typeItems });
  if (relItems.length) legend.push({ heading: t("legendRelations", lang), items: relItems });
  const sources = `${t("sources", lang)}: ${[...docs].sort().map(text.docTitle).join("；") || "—"}`;
  return { nodes, edges, legend, title: t("title", lang), caption: text.caption, sources };
}
