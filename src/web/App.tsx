// The explorer: one graph, one canvas with its controllers, and the panels around it.
import { useCallback, useEffect, useMemo, useState } from "react";
import { CONTEXT_TYPES, type EntityType, type RelationType } from "../model/vocabulary.js";
import { createExplorerGraph } from "./graph/merge.js";
import { useGraphLoader } from "./graph/useGraphLoader.js";
import { useGraphVersion } from "./graph/useGraphVersion.js";
import { computeVisible } from "./graph/visibility.js";
import { useStableVisible } from "./graph/useStableVisible.js";
import { LangProvider } from "./i18n/lang.js";
import { t } from "./i18n/strings.js";
import { DetailPanel } from "./panels/DetailPanel.js";
import { DocumentReader } from "./panels/DocumentReader.js";
import { FiltersPanel } from "./panels/FiltersPanel.js";
import { HealthBanner } from "./panels/HealthBanner.js";
import { LeftPanel } from "./panels/LeftPanel.js";
import { Legend } from "./panels/Legend.js";
import { PathsTool } from "./panels/PathsTool.js";
import { SearchBox } from "./panels/SearchBox.js";
import { ShownList } from "./panels/ShownList.js";
import { useFocusReturn } from "./panels/useFocusReturn.js";
import { Toolbar } from "./panels/Toolbar.js";
import { useDocuments } from "./panels/useDocuments.js";
import { CameraController } from "./sigma/CameraController.js";
import { EventsController } from "./sigma/EventsController.js";
import { GraphCanvas } from "./sigma/GraphCanvas.js";
import { HighlightController } from "./sigma/HighlightController.js";
import { ZoomControls } from "./sigma/ZoomControls.js";
import type { GraphSource } from "./source/GraphSource.js";
import { DEFAULT_EXPAND_LIMIT } from "./state/types.js";
import { useView } from "./state/useView.js";
import { Briefing } from "./briefing/Briefing.js";
import { InsightPanel } from "./insight/InsightPanel.js";
import { useInsight } from "./insight/useInsight.js";
import { EdgeTooltip } from "./ux/EdgeTooltip.js";
import { TestHooks } from "./ux/TestHooks.js";
import { useEscapeToClose } from "./ux/useEscapeToClose.js";

declare global {
  interface Window {
    __nig?: { visible: { id: string; type: EntityType; kind: string }[]; layoutVersion: number };
  }
}

export function App({ source }: { source: GraphSource }) {
  const graph = useMemo(() => createExplorerGraph(), []);
  const { view, dispatch, canUndo, canRedo } = useView();
  const { load, layoutVersion, pathState, retry } = useGraphLoader(source, graph, view);
  const [attempt, setAttempt] = useState(0);
  const { documents, docDates, docTitle } = useDocuments(source, attempt);
  const [hovered, setHovered] = useState<string | null>(null);
  const version = useGraphVersion(graph);
  const lang = view.lang;

  const visible = useStableVisible(
    useMemo(() => {
      void version;
      return computeVisible(graph, view, docDates);
    }, [graph, view, docDates, version]),
  );
  const counts = useMemo(() => {
    const types = new Map<EntityType, number>();
    const rels = new Map<RelationType, number>();
    for (const n of visible.nodes) {
      const a = graph.getNodeAttributes(n);
      if (a.kind === "entity") types.set(a.etype, (types.get(a.etype) ?? 0) + 1);
    }
    for (const e of visible.edges) {
      const r = graph.getEdgeAttribute(e, "rtype");
      rels.set(r, (rels.get(r) ?? 0) + 1);
    }
    return { types, rels };
  }, [graph, visible]);
  // A read-only hook for the e2e scenarios: what the canvas shows right now.
  useEffect(() => {
    window.__nig = {
      visible: [...visible.nodes].map((id) => ({
        id,
        type: graph.getNodeAttribute(id, "etype"),
        kind: graph.getNodeAttribute(id, "kind"),
      })),
      layoutVersion,
    };
  }, [graph, visible, layoutVersion]);
  const pathHighlight = useMemo(() => {
    if (pathState.status !== "ok" || pathState.value.paths.length === 0) return null;
    const paths = pathState.value.paths;
    return {
      nodes: new Set(paths.flatMap((p) => p.nodes.map((n) => n.id))),
      edges: new Set(paths.flatMap((p) => p.edges.map((e) => e.id))),
      ends: view.path ? [view.path.from, view.path.to] : [],
    };
  }, [pathState, view.path]);

  const select = useCallback((id: string | null) => dispatch({ kind: "select", id }), [dispatch]);
  const [insightOpen, setInsightOpen] = useState(false);
  const insight = useInsight(source, graph, visible, insightOpen);
  const expand = useCallback(
    (id: string, depth: 1 | 2 | 3 = 1, relTypes: RelationType[] = []) =>
      dispatch({
        kind: "expand",
        expansion: { id, depth, relTypes, types: [], limit: DEFAULT_EXPAND_LIMIT },
      }),
    [dispatch],
  );
  const more = useCallback(
    (nodeId: string) => {
      const a = graph.getNodeAttributes(nodeId);
      if (!a.moreParent) return;
      const limit = (a.moreLimit ?? DEFAULT_EXPAND_LIMIT) + DEFAULT_EXPAND_LIMIT;
      dispatch({
        kind: "expand",
        expansion: { id: a.moreParent, depth: a.moreDepth ?? 1, relTypes: [], types: [a.etype], limit },
      });
    },
    [graph, dispatch],
  );
  const closeTop = useCallback(() => {
    if (view.reader) dispatch({ kind: "reader", reader: null });
    else if (view.selected) dispatch({ kind: "select", id: null });
    else return false;
    return true;
  }, [view.reader, view.selected, dispatch]);
  useEscapeToClose(closeTop);
  // Opening a panel moves focus into it; closing it gives focus back to what opened it.
  useFocusReturn(view.selected, ".panel.detail");
  useFocusReturn(view.reader ? `${view.reader.doc}|${view.reader.quote ?? ""}` : null, ".panel.reader");
  const openDoc = useCallback(
    (doc: string, quote: string | null) => dispatch({ kind: "reader", reader: { doc, quote } }),
    [dispatch],
  );
  const recovered = useCallback(() => {
    retry();
    setAttempt((a) => a + 1);
  }, [retry]);

  const status =
    load.status === "loading"
      ? t("loading", lang)
      : load.status === "empty"
        ? t("empty", lang)
        : load.status === "error"
          ? `${t("apiError", lang)}: ${load.message}`
          : null;

  return (
    <LangProvider lang={lang}>
      <div className="app">
        {/* The left panel comes first, so Tab reaches the search before the canvas's zoom buttons. */}
        <LeftPanel
          header={
            <>
              <SearchBox source={source} onPick={(r) => select(r.id)} />
              <Toolbar
                canUndo={canUndo}
                canRedo={canRedo}
                onUndo={() => dispatch({ kind: "undo" })}
                onRedo={() => dispatch({ kind: "redo" })}
                onLang={(l) => dispatch({ kind: "lang", lang: l })}
              />
            </>
          }
          tabs={{
            legend: (
              <Legend
                typeCounts={counts.types}
                relationCounts={counts.rels}
                hiddenTypes={view.filters.hiddenTypes}
                onToggleType={(ty) =>
                  dispatch({
                    kind: "filters",
                    filters: {
                      hiddenTypes: view.filters.hiddenTypes.includes(ty)
                        ? view.filters.hiddenTypes.filter((x) => x !== ty)
                        : [...view.filters.hiddenTypes, ty],
                    },
                  })
                }
                onShowContext={(show) =>
                  dispatch({
                    kind: "filters",
                    filters: {
                      hiddenTypes: show
                        ? view.filters.hiddenTypes.filter(
                            (x) => !(CONTEXT_TYPES as readonly string[]).includes(x),
                          )
                        : [...new Set([...view.filters.hiddenTypes, ...CONTEXT_TYPES])],
                    },
                  })
                }
              />
            ),
            filters: (
              <FiltersPanel
                filters={view.filters}
                relationTypes={[...counts.rels.keys()]}
                documents={documents}
                onChange={(f) => dispatch({ kind: "filters", filters: f })}
                onReset={() => dispatch({ kind: "resetFilters" })}
              />
            ),
            paths: (
              <PathsTool
                source={source}
                state={pathState}
                docTitle={docTitle}
                onFind={(from, to) => dispatch({ kind: "path", path: { from, to } })}
                onClear={() => dispatch({ kind: "path", path: null })}
                onSelect={select}
                onOpenDoc={openDoc}
              />
            ),
            shown: (
              <ShownList graph={graph} nodes={visible.nodes} selected={view.selected} onSelect={select} />
            ),
          }}
        />
        <main className="graph-main" aria-label={t("graphRegion", lang)}>
          <GraphCanvas graph={graph}>
            <EventsController onSelect={select} onExpand={expand} onHover={setHovered} onMore={more} />
            <HighlightController
              visible={visible}
              selected={view.selected}
              hovered={hovered}
              path={pathHighlight}
              decorate={insight.decorate}
            />
            <CameraController
              view={view}
              visible={visible}
              highlight={insight.highlight?.nodes}
              layoutVersion={layoutVersion}
              cover={view.reader ? "reader" : view.selected ? "detail" : "none"}
            />
            <EdgeTooltip source={source} docTitle={docTitle} />
            <TestHooks />
            <ZoomControls />
            <Briefing view={view} dispatch={dispatch} source={source} visible={visible} docTitle={docTitle} />
          </GraphCanvas>
        </main>
        <HealthBanner source={source} onRecovered={recovered} />
        {status && (
          <div className={`status ${load.status}`} data-testid="status" role="status">
            {status}
          </div>
        )}
        {/* The detail panel stays mounted (hidden) under the reader, so Escape from the reader returns
            focus to the very link that opened it. */}
        {view.selected && (
          <DetailPanel
            source={source}
            id={view.selected}
            hidden={!!view.reader}
            focus={view.focus}
            docTitle={docTitle}
            onSelect={select}
            onOpenDoc={openDoc}
            onExpand={(d, r) => view.selected && expand(view.selected, d, r)}
            onRemove={() => view.selected && dispatch({ kind: "remove", id: view.selected })}
            onFocus={(hops) => dispatch({ kind: "focus", hops })}
            onClose={() => select(null)}
          />
        )}
        {view.reader && (
          <DocumentReader
            source={source}
            doc={view.reader.doc}
            quote={view.reader.quote}
            onSelect={select}
            onClose={() => dispatch({ kind: "reader", reader: null })}
          />
        )}
        <InsightPanel
          insight={insight}
          source={source}
          selected={view.selected}
          open={insightOpen}
          onOpen={setInsightOpen}
          onSelect={select}
          onOpenDoc={openDoc}
        />
      </div>
    </LangProvider>
  );
}
