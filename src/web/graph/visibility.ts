// Which nodes and edges the view shows: open loads, removals, filters, the funds lens, the date and focus.
import type { EvidenceFacet } from "../../model/api.js";
import { FUND_TRACE_RELATIONS, INVESTMENT_RELATIONS } from "../../model/fund-trace.js";
import type { RelationType } from "../../model/vocabulary.js";
import { expansionKey } from "../state/expansion.js";
import type { Filters, ViewState } from "../state/types.js";
import { OVERVIEW_ORIGIN, pathOrigin, selectionOrigin, type ExplorerGraph } from "./attributes.js";

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Date an evidence speaks for: its stated date if it has one, else its document's date. */
function evidenceDate(ev: EvidenceFacet, docDates: ReadonlyMap<string, string>): string {
  return ev.date || docDates.get(ev.doc) || "";
}

/**
 * The evidence an edge keeps under the filters (documents, certainty, as-of date); give it the facets of
 * every piece (`edgeFacets`), not a summarised answer's first piece.
 */
function keptEvidence<T extends EvidenceFacet>(
  evidence: readonly T[],
  f: Filters,
  docDates: ReadonlyMap<string, string>,
): T[] {
  return evidence.filter((ev) => {
    if (f.hiddenDocs.includes(ev.doc) || f.hiddenCertainty.includes(ev.certainty)) return false;
    if (!f.asOf) return true;
    const d = evidenceDate(ev, docDates);
    return !d || d.slice(0, 10) <= f.asOf;
  });
}

const LENS_RELATIONS: ReadonlySet<RelationType> = new Set(FUND_TRACE_RELATIONS);
const MONEY: ReadonlySet<RelationType> = new Set(INVESTMENT_RELATIONS);

/** Funds, their founders and managers, their investees, and those who invest beside them. */
function fundsLens(
  graph: ExplorerGraph,
  nodes: ReadonlySet<string>,
  edges: ReadonlySet<string>,
): Set<string> {
  const keep = new Set<string>();
  const investees = new Set<string>();
  for (const n of nodes) {
    if (graph.getNodeAttribute(n, "etype") !== "Fund") continue;
    keep.add(n);
    graph.forEachEdge(n, (e, a, s, t) => {
      if (!edges.has(e) || !LENS_RELATIONS.has(a.rtype)) return;
      keep.add(s === n ? t : s);
      if (s === n && MONEY.has(a.rtype)) investees.add(t);
    });
  }
  for (const inv of investees)
    graph.forEachInEdge(inv, (e, a, s) => {
      if (edges.has(e) && MONEY.has(a.rtype)) keep.add(s);
    });
  return keep;
}

/** Nodes within `hops` of `centre` over the given edges. */
function kHop(graph: ExplorerGraph, centre: string, hops: number, edges: ReadonlySet<string>): Set<string> {
  const seen = new Set([centre]);
  let frontier = [centre];
  for (let h = 0; h < hops; h++) {
    const next: string[] = [];
    for (const n of frontier)
      graph.forEachEdge(n, (e, _a, s, t) => {
        const other = s === n ? t : s;
        if (edges.has(e) && !seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      });
    frontier = next;
  }
  return seen;
}

/**
 * What the user asked for by name shows through the entity-type filter: the selection and the nodes of
 * the shown path (a path from the core often runs through 宁波市 while Regions are off). The layout
 * places them by the same rule (graph/useGraphLoader.ts).
 */
export function askedFor(view: ViewState): (id: string, origins: readonly string[]) => boolean {
  const path = view.path ? pathOrigin(view.path.from, view.path.to) : null;
  return (id, origins) => id === view.selected || (path !== null && origins.includes(path));
}

/** Computes what the view shows; sigma's reducers hide everything else (the graph itself is untouched). */
export function computeVisible(
  graph: ExplorerGraph,
  view: ViewState,
  docDates: ReadonlyMap<string, string>,
): Visible {
  const f = view.filters;
  const open = new Set([OVERVIEW_ORIGIN, ...view.expansions.map(expansionKey)]);
  if (view.selected) open.add(selectionOrigin(view.selected));
  if (view.path) open.add(pathOrigin(view.path.from, view.path.to));
  const removed = new Set(view.removed);
  const hiddenTypes = new Set(f.hiddenTypes);
  const asked = askedFor(view);
  const hiddenRel = new Set(f.hiddenRelations);
  const evidenceFiltered = f.hiddenDocs.length > 0 || f.hiddenCertainty.length > 0 || f.asOf !== null;

  let nodes = new Set<string>();
  const placeholders: string[] = [];
  graph.forEachNode((n, a) => {
    if (removed.has(n) || !a.origins.some((o) => open.has(o))) return;
    if (hiddenTypes.has(a.etype) && !asked(n, a.origins)) return;
    if (a.kind === "more") {
      if (moreStillNeeded(view, a.moreParent ?? "", a.etype, a.moreLimit ?? 0)) placeholders.push(n);
      return;
    }
    nodes.add(n);
  });
  let edges = new Set<string>();
  graph.forEachEdge((e, a, s, t) => {
    if (!nodes.has(s) || !nodes.has(t) || hiddenRel.has(a.rtype)) return;
    if (a.facets.length > 0 && keptEvidence(a.facets, f, docDates).length === 0) return;
    edges.add(e);
  });
  if (evidenceFiltered) nodes = withEdges(graph, nodes, edges, view.selected);
  if (f.lens === "funds") nodes = fundsLens(graph, nodes, edges);
  if (view.focus > 0 && view.selected && nodes.has(view.selected)) {
    const near = kHop(graph, view.selected, view.focus, edges);
    // A path shown under focus keeps all of its nodes (its start is often outside the focus).
    if (view.path) {
      const origin = pathOrigin(view.path.from, view.path.to);
      for (const n of nodes) if (graph.getNodeAttribute(n, "origins").includes(origin)) near.add(n);
    }
    nodes = near;
  }
  // Placeholders have no edges: they stay while their hub does (filters, lens and focus judge the hub).
  for (const n of placeholders) if (nodes.has(graph.getNodeAttribute(n, "moreParent") ?? "")) nodes.add(n);
  edges = new Set([...edges].filter((e) => nodes.has(graph.source(e)) && nodes.has(graph.target(e))));
  return { nodes, edges };
}

/** Keeps nodes that still have a visible edge (and the selection), so a date or document filter thins the graph. */
function withEdges(
  graph: ExplorerGraph,
  nodes: Set<string>,
  edges: Set<string>,
  selected: string | null,
): Set<string> {
  const keep = new Set<string>();
  for (const e of edges) {
    keep.add(graph.source(e));
    keep.add(graph.target(e));
  }
  if (selected && nodes.has(selected)) keep.add(selected);
  return keep;
}

/** A "+N more" placeholder goes once a later page of the same hub and type is open. */
function moreStillNeeded(view: ViewState, parent: string, type: string, limit: number): boolean {
  return !view.expansions.some(
    (e) => e.id === parent && (e.types as string[]).includes(type) && e.limit > limit,
  );
}
