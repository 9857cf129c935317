// Loads what the view asks for into the graph: the overview, each expansion, the selection, paths.
// Each load is tagged with its origin, so undoing an expansion only hides (the graph is a cache).
import { useCallback, useEffect, useRef, useState } from "react";
import type { PathsResponse } from "../../model/api.js";
import type { GraphSource } from "../source/GraphSource.js";
import { expansionKey } from "../state/expansion.js";
import { useAsync, type Async } from "../state/useAsync.js";
import type { ViewState } from "../state/types.js";
import { OVERVIEW_ORIGIN, pathOrigin, selectionOrigin, type ExplorerGraph } from "./attributes.js";
import { entityToSubgraph } from "./fromEntity.js";
import { DEFAULT_LAYOUT, runLayout, type LayoutRun } from "./layout.js";
import { mergeSubgraph } from "./merge.js";

export type LoadStatus =
  { status: "loading" } | { status: "ready" } | { status: "empty" } | { status: "error"; message: string };
export type PathState = Async<PathsResponse>;

export function useGraphLoader(source: GraphSource, graph: ExplorerGraph, view: ViewState) {
  const [load, setLoad] = useState<LoadStatus>({ status: "loading" });
  const [layoutVersion, setLayoutVersion] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const loaded = useRef(new Set<string>());
  const layout = useRef<LayoutRun | null>(null);

  // Nodes added by others (insight's reveal of a fund trace) are laid out too, beside what is there.
  const unplaced = useRef(new Set<string>());
  const relayout = useCallback(
    (movable?: Set<string>) => {
      if (movable) for (const id of movable) unplaced.current.delete(id);
      else unplaced.current.clear();
      if (movable && movable.size === 0) return;
      layout.current?.cancel();
      const run = runLayout(
        graph,
        movable ? DEFAULT_LAYOUT.partialIterations : DEFAULT_LAYOUT.fullIterations,
        movable,
      );
      layout.current = run;
      void run.done.then(() => {
        if (layout.current === run) setLayoutVersion((v) => v + 1);
      });
    },
    [graph],
  );
  useEffect(() => () => layout.current?.cancel(), []);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAdded = ({ key }: { key: string }) => {
      unplaced.current.add(key);
      clearTimeout(timer);
      // The loader's own merges lay out at once (same tick); whatever is still unplaced later came from elsewhere.
      timer = setTimeout(() => {
        if (unplaced.current.size > 0 && layout.current) relayout(new Set(unplaced.current));
      }, 200);
    };
    graph.on("nodeAdded", onAdded);
    return () => {
      clearTimeout(timer);
      graph.off("nodeAdded", onAdded);
    };
  }, [graph, relayout]);

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
      want(key, async () => mergeSubgraph(graph, await source.neighbourhood(e), key, e.id));
    }
    const sel = view.selected;
    if (sel && !graph.hasNode(sel))
      want(selectionOrigin(sel), async () =>
        mergeSubgraph(graph, entityToSubgraph(await source.entity(sel)), selectionOrigin(sel)),
      );
    if (jobs.length === 0) return;
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
