// Paths between two entities: pick both by search, then each shortest path is listed hop by hop with evidence.
import { useState } from "react";
import type { GraphNode, SearchResult } from "../../model/api.js";
import { RELATION_TYPE_INFO } from "../../model/vocabulary.js";
import type { PathState } from "../graph/useGraphLoader.js";
import type { GraphSource } from "../source/GraphSource.js";
import { EvidenceList } from "./EvidenceList.js";
import { SearchBox } from "./SearchBox.js";
import { useI18n } from "../i18n/lang.js";

export interface PathsToolProps {
  source: GraphSource;
  state: PathState;
  docTitle(id: string): string;
  onFind(from: string, to: string): void;
  onClear(): void;
  onSelect(id: string): void;
  onOpenDoc(doc: string, quote: string): void;
}

export function PathsTool(p: PathsToolProps) {
  const { t, pick } = useI18n();
  const [from, setFrom] = useState<SearchResult | null>(null);
  const [to, setTo] = useState<SearchResult | null>(null);
  const name = (n: { name_zh: string; name_en: string } | null | undefined, fallback: string) =>
    n ? pick(n.name_zh, n.name_en) : fallback;
  return (
    <section className="paths" data-testid="paths" aria-label={t("paths")}>
      <div className="stack">
        <span className="pill">
          {t("from")}: {name(from, "—")}
        </span>
        <SearchBox
          source={p.source}

          onPick={setFrom}
          placeholder={t("from")}
          testId="path-from"
        />
      </div>
      <div className="stack">
        <span className="pill">
          {t("to")}: {name(to, "—")}
        </span>
        <SearchBox
          source={p.source}

          onPick={setTo}
          placeholder={t("to")}
          testId="path-to"
        />
      </div>
      <button
        type="button"
        data-testid="find-paths"
        disabled={!from || !to}
        onClick={() => from && to && p.onFind(from.id, to.id)}
      >
        {t("findPaths")}
      </button>{" "}
      <button type="button" onClick={p.onClear}>
        {t("reset")}
      </button>
      {p.state.status === "loading" && <p className="muted">{t("loading")}</p>}
      {p.state.status === "error" && <p className="error">{p.state.message}</p>}
      {p.state.status === "ok" && p.state.value.paths.length === 0 && <p className="muted">{t("noPath")}</p>}
      {p.state.status === "ok" &&
        p.state.value.paths.map((path, i) => {
          const nodes = new Map<string, GraphNode>(path.nodes.map((n) => [n.id, n]));
          return (
            <ol key={i} className="path" data-testid="path">
              {path.edges.map((e) => (
                <li key={e.id}>
                  <button type="button" className="link" onClick={() => p.onSelect(e.source)}>
                    {name(nodes.get(e.source), e.source)}
                  </button>
                  <span className="rel" style={{ color: RELATION_TYPE_INFO[e.type].colour }}>
                    {" "}
                    —{pick(RELATION_TYPE_INFO[e.type].zh, RELATION_TYPE_INFO[e.type].en)}→{" "}
                  </span>
                  <button type="button" className="link" onClick={() => p.onSelect(e.target)}>
                    {name(nodes.get(e.target), e.target)}
                  </button>
                  <EvidenceList
                    evidence={e.evidence}

                    docTitle={p.docTitle}
                    onOpenDoc={p.onOpenDoc}
                  />
                </li>
              ))}
            </ol>
          );
        })}
    </section>
  );
}
