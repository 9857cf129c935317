// Loads what the view asks for into the graph: the overview, each expansion, the selection, paths.
// Each load is tagged with its origin, so undoing an expansion only hides (the graph is a cache).
import { useCallback, useEffect, useRef, useState } from "react";
import type { PathsResponse } from "../../model/api.js";
import type { EntityType } from "../../model/vocabulary.js";
import type { GraphSource } from "../source/GraphSource.js";
import { expansionKey } from "../state/expansion.js";
import { useAsync, type Async } from "../state/useAsync.js";
import type { ViewState } from "../state/types.js";
import { OVERVIEW_ORIGIN, pathOrigin, selectionOrigin, type ExplorerGraph } from "./attributes.js";
import { entityToSubgraph } from "./fromEntity.js";
import { DEFAULT_LAYOUT, runLayout, type LayoutRun } from "./layout.js";
import { expansionAsk, mergeSubgraph, newPage } from "./merge.js";
import { askedFor } from "./visibility.js";

export type LoadStatus =
  { status: "loading" } | { status: "ready" } | { status: "empty" } | { status: "error"; message: string };
export type PathState = Async<PathsResponse>;

export function useGraphLoader(source: GraphSource, graph: ExplorerGraph, view: ViewState) {
  const [load, setLoad] = useState<LoadStatus>({ status: "loading" });
  const [layoutVersion, setLayoutVersion] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const loaded = useRef(new Set<string>());
  const pages = useRef<Promise<unknown>>(Promise.resolve());
  const layout = useRef<LayoutRun | null>(null);

  // Only the types shown are laid out: hiding Regions and Programmes re-forms the picture around the core
  // ecosystem (docs/hub-layout.md), and switching them back on places them around it, the core held still.
  const hidden = useRef(new Set(view.filters.hiddenTypes));
  const placed = useRef(new Set<string>());
  const asked = useRef(askedFor(view));
  // Declared before the effects that lay out, so they see this render's selection and path.
  useEffect(() => {
    asked.current = askedFor(view);
  }, [view]);
  const running = useRef(false);
  const relayout = useCallback(
    (movable?: Set<string>) => {
      const shown = (id: string) =>
        !hidden.current.has(graph.getNodeAttribute(id, "etype")) ||
        asked.current(id, graph.getNodeAttribute(id, "origins"));
      let move: Set<string> | undefined;
      if (movable) {
        // What was asked for, and whatever shown node has never been placed (revealed by insight, switched on).
        move = new Set([...movable].filter((id) => graph.hasNode(id) && shown(id)));
        graph.forEachNode((id) => {
          if (!placed.current.has(id) && shown(id)) move!.add(id);
        });
        if (move.size === 0) return;
      } else placed.current.clear();
      layout.current?.cancel();
      const laid = graph.filterNodes((id) => shown(id) && (!move || move.has(id) || placed.current.has(id)));
      const run = runLayout(
        graph,
        move ? DEFAULT_LAYOUT.partialIterations : DEFAULT_LAYOUT.fullIterations,
        move,
        new Set(laid),
      );
      layout.current = run;
      running.current = true;
      void run.done.then(() => {
        if (layout.current !== run) return;
        running.current = false;
        for (const id of laid) placed.current.add(id);
        setLayoutVersion((v) => v + 1);
      });
    },
    [graph],
  );
  useEffect(() => () => layout.current?.cancel(), []);
  // Nodes added by others (insight's reveal of a fund trace) are laid out too, beside what is there.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      // The loader's own merges lay out at once (same tick); what is still unplaced later came from elsewhere.
      timer = setTimeout(() => {
        if (running.current) later();
        else if (layout.current) relayout(new Set());
      }, 200);
    };
    graph.on("nodeAdded", later);
    return () => {
      clearTimeout(timer);
      graph.off("nodeAdded", later);
    };
  }, [graph, relayout]);
  const hiddenKey = [...view.filters.hiddenTypes].sort().join(",");
  useEffect(() => {
    const next = new Set(hiddenKey ? (hiddenKey.split(",") as EntityType[]) : []);
    const more = [...next].some((t) => !hidden.current.has(t));
    const changed = more || [...hidden.current].some((t) => !next.has(t));
    hidden.current = next;
    if (!changed || !layout.current) return;
    // Fewer types: lay what is left out afresh. More types: place the newly shown around what is there.
    if (more) relayout();
    else relayout(new Set());
  }, [hiddenKey, relayout]);

  useEffect(() => {
    let live = true;
    source.overview().then(
      (sub) => {
        if (!live) return;
        mergeSubgraph(graph, sub, OVERVIEW_ORIGIN);
        setLoad(graph.order === 0 ? { status: "empty" } : { status: "ready" });
        relayout();
      },
      (err: unknown) =>
        live && setLoad({ status: "error", message: String(err instanceof Error ? err.message : err) }),
    );
    return () => {
      live = false;
    };
  }, [source, graph, relayout, attempt]);

  const ready = load.status === "ready" || load.status === "empty";

  // Fetch what the view needs and the graph lacks; one partial layout settles everything new.
  useEffect(() => {
    if (!ready) return;
    const jobs: Promise<string[]>[] = [];
    const want = (key: string, fetchIt: () => Promise<string[]>) => {
      if (loaded.current.has(key)) return;
      loaded.current.add(key);
      jobs.push(
        fetchIt().catch((err: unknown) => {
          loaded.current.delete(key);
          console.warn(`explorer: loading ${key} failed:`, err);
          return [];
        }),
      );
    };
    for (const e of view.expansions) {
      const key = expansionKey(e);
      want(key, () => {
        // A page counts what is new against what the pages before it brought, so pages are asked for and
        // merged one after another in the order they were opened: a reopened link then shows the same.
        const page = pages.current.then(async () => {
          const answer = await source.neighbourhood({ ...e, limit: expansionAsk(graph, e.limit) });
          return mergeSubgraph(graph, newPage(graph, answer, e.limit, e.id), key, e.id);
        });
        pages.current = page.catch(() => undefined);
        return page;
      });
    }
    const sel = view.selected;
    if (sel && !graph.hasNode(sel))
      want(selectionOrigin(sel), async () =>
        mergeSubgraph(graph, entityToSubgraph(await source.entity(sel)), selectionOrigin(sel)),
      );
    if (jobs.length === 0) {
      // A selection of a switched-off type is already in the graph but was never laid out: place it now.
      const off = sel && graph.hasNode(sel) && hidden.current.has(graph.getNodeAttribute(sel, "etype"));
      if (off && !placed.current.has(sel) && layout.current && !running.current) relayout(new Set([sel]));
      return;
    }
    void Promise.all(jobs).then((added) => {
      const fresh = new Set(added.flat());
      if (fresh.size) setLoad({ status: "ready" });
      relayout(fresh);
    });
  }, [ready, view.expansions, view.selected, source, graph, relayout]);

  const path = view.path;
  const pathState: PathState = useAsync<PathsResponse>(
    ready && path ? pathOrigin(path.from, path.to) : null,
    async () => {
      if (!path) return { paths: [] };
      const result = await source.paths(path.from, path.to);
      const origin = pathOrigin(path.from, path.to);
      const fresh = result.paths.flatMap((p) => mergeSubgraph(graph, { ...p, truncated: false }, origin));
      relayout(new Set(fresh));
      return result;
    },
  );

  const retry = useCallback(() => {
    if (load.status === "error") {
      setLoad({ status: "loading" });
      setAttempt((a) => a + 1);
    }
  }, [load.status]);

  return { load, layoutVersion, pathState, retry };
}
