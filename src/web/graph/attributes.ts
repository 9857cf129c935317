// Attribute shapes of the browser's graphology graph (what the user has opened so far).
import type { MultiDirectedGraph } from "graphology";
import type { Evidence, EvidenceFacet } from "../../model/api.js";
import type { EntityType, RelationType } from "../../model/vocabulary.js";

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** "entity" for real entities; "more" for a hub's "+N more" placeholder. */
  kind: "entity" | "more";
  etype: EntityType;
  subtype: string;
  name_zh: string;
  name_en: string;
  degree: number;
  /** Which loads brought this node in (overview, expansion keys, path, selection). */
  origins: string[];
  /** For "more" placeholders: the hub, how many are left out, the page size and depth that left them out. */
  moreParent?: string;
  moreCount?: number;
  moreLimit?: number;
  moreDepth?: 1 | 2 | 3;
}

export interface EdgeAttrs {
  /** Sigma's edge program: straight or curved, with or without an arrow. */
  type: "arrow" | "line" | "curvedArrow" | "curved";
  rtype: RelationType;
  /** From graph answers, the first piece only; `evidenceCount` says how many there are. */
  evidence: Evidence[];
  evidenceCount: number;
  /** Document, certainty and date of every piece, which the filters and the quality lens judge. */
  facets: EvidenceFacet[];
  origins: string[];
  size: number;
  color: string;
  curvature: number;
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export const OVERVIEW_ORIGIN = "overview";
export const selectionOrigin = (id: string): string => `sel:${id}`;
export const pathOrigin = (from: string, to: string): string => `path:${from},${to}`;
export const moreNodeId = (parent: string, type: EntityType): string => `more:${parent}:${type}`;
