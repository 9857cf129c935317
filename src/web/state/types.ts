// The explorer's view state: everything a shared URL restores and undo/redo steps through.
import { CONTEXT_TYPES, type Certainty, type EntityType, type RelationType } from "../../model/vocabulary.js";
import type { Lang } from "../i18n/strings.js";

/** One expansion the user asked for; its key is also the origin tag of the nodes it brought in. */
export interface Expansion {
  id: string;
  depth: 1 | 2 | 3;
  relTypes: RelationType[];
  /** Restrict to these entity types (used by hub paging: "+N more" of one type). */
  types: EntityType[];
  limit: number;
}

type Lens = "none" | "funds";

export interface Filters {
  /** Hidden entity types, relation types, documents and certainties (empty = show all). The explorer
   * opens with the context types (Regions, Programmes) hidden: see DEFAULT_FILTERS. */
  hiddenTypes: EntityType[];
  hiddenRelations: RelationType[];
  hiddenDocs: string[];
  hiddenCertainty: Certainty[];
  lens: Lens;
  /** ISO date: show the graph as the documents stood then; null = all. */
  asOf: string | null;
}

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  selected: string | null;
  expansions: Expansion[];
  removed: string[];
  filters: Filters;
  lang: Lang;
  /** k-hop focus around the selection; 0 = off. */
  focus: number;
  path: { from: string; to: string } | null;
  reader: { doc: string; quote: string | null } | null;
  camera: Camera | null;
}

/** The filters the explorer opens with: the core ecosystem, Regions and Programmes switched off. */
export const DEFAULT_FILTERS: Filters = {
  hiddenTypes: [...CONTEXT_TYPES],
  hiddenRelations: [],
  hiddenDocs: [],
  hiddenCertainty: [],
  lens: "none",
  asOf: null,
};

export const DEFAULT_VIEW: ViewState = {
  selected: null,
  expansions: [],
  removed: [],
  filters: DEFAULT_FILTERS,
  lang: "both",
  focus: 0,
  path: null,
  reader: null,
  camera: null,
};

export const DEFAULT_EXPAND_LIMIT = 30;
