// Compare two entities: common neighbours, the shortest paths between them (drawn on the canvas),
// and each one's relations side by side.
import { useMemo, useState } from "react";
import type { GraphEdge, PathsResponse } from "../../model/api.js";
import { RELATION_TYPE_INFO } from "../../model/vocabulary.js";
import { SearchBox } from "../panels/SearchBox.js";
import { compareEntities } from "./compare.js";
import type { InsightPanelProps } from "./InsightPanel.js";
import { EntityList } from "./names.js";
import { useI18n } from "../i18n/lang.js";

export function CompareTab({ insight, source, selected, onSelect }: InsightPanelProps) {
  const { t, pick } = useI18n();
  const [a, setA] = useState<string | null>(selected);
  const [b, setB] = useState<string | null>(null);
  const [paths, setPaths] = useState<PathsResponse | string | null>(null);
  const whole = insight.whole.status === "ok" ? insight.whole.value : null;
  const cmp = useMemo(() => (whole && a && b ? compareEntities(whole, a, b) : null), [whole, a, b]);

  const findPaths = () => {
    if (!a || !b) return;
    source.paths(a, b).then(
      (res) => {
        setPaths(res);
        for (const p of res.paths) insight.reveal({ ...p, truncated: false });
        insight.setHighlight({
          label: `${a} → ${b}`,
          nodes: new Set([a, b, ...res.paths.flatMap((p) => p.nodes.map((n) => n.id))]),
          edges: new Set(res.paths.flatMap((p) => p.edges.map((e) => e.id))),
        });
      },
      (err: unknown) => setPaths(err instanceof Error ? err.message : String(err)),
    );
  };
  const relations = (id: string, list: GraphEdge[]) => (
    <ul className="small">
      {list.map((e) => (
        <li key={e.id}>
          {e.source === id ? "→" : "←"} {pick(RELATION_TYPE_INFO[e.type].zh, RELATION_TYPE_INFO[e.type].en)}{" "}
          {insight.name(e.source === id ? e.target : e.source)}
        </li>
      ))}
    </ul>
  );
  return (
    <div>
      <div className="row compare-pick">
        <div>
          <SearchBox
            source={source}

            testId="compare-a"
            placeholder={t("entityA")}
            onPick={(r) => (setA(r.id), setPaths(null))}
          />
          <b>{a ? insight.name(a) : "—"}</b>
        </div>
        <div>
          <SearchBox
            source={source}

            testId="compare-b"
            placeholder={t("entityB")}
            onPick={(r) => (setB(r.id), setPaths(null))}
          />
          <b>{b ? insight.name(b) : "—"}</b>
        </div>
      </div>
      {cmp && a && b && (
        <div data-testid="compare-result">
          <h4>
            {t("common")} <span className="count">{cmp.common.length}</span>
          </h4>
          <EntityList ids={cmp.common} insight={insight} onSelect={onSelect} empty={t("nothing")} />
          <h4>
            {t("shortestPaths")}{" "}
            <button type="button" data-testid="compare-paths" onClick={findPaths}>
              {t("showOnCanvas")}
            </button>
          </h4>
          {typeof paths === "string" && <p className="error">{paths}</p>}
          {paths && typeof paths !== "string" && (
            <ol className="small">
              {paths.paths.length === 0 && <li className="muted">{t("nothing")}</li>}
              {paths.paths.map((p, i) => (
                <li key={i}>{p.nodes.map((n) => insight.name(n.id)).join(" → ")}</li>
              ))}
            </ol>
          )}
          <div className="side-by-side">
            <div>
              <h4>
                {insight.name(a)} <span className="count">{cmp.relationsA.length}</span>
              </h4>
              {relations(a, cmp.relationsA)}
            </div>
            <div>
              <h4>
                {insight.name(b)} <span className="count">{cmp.relationsB.length}</span>
              </h4>
              {relations(b, cmp.relationsB)}
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
