// Ecosystem lenses: the co-investment network, brokers between communities, and institution-company
// links through parks and programs; a click highlights the pattern on the canvas.
import { useMemo } from "react";
import type { InsightPanelProps } from "./InsightPanel.js";
import { brokers, coInvestment, institutionCompanyLinks } from "./lenses.js";
import { EntityLink, EntityList } from "./names.js";
import { ti } from "./strings.js";

const MAX = 40;

export function LensesTab({ insight, lang, onSelect }: InsightPanelProps) {
  const whole = insight.whole.status === "ok" ? insight.whole.value : null;
  const state = insight.metrics.whole;
  const co = useMemo(() => (whole ? coInvestment(whole, false) : []), [whole]);
  const fundsCo = useMemo(() => (whole ? coInvestment(whole) : []), [whole]);
  const br = useMemo(
    () => (whole && state.status === "ok" ? brokers(whole, state.result) : []),
    [whole, state],
  );
  const via = useMemo(() => (whole ? institutionCompanyLinks(whole) : []), [whole]);
  if (!whole) return <p className="muted">{ti("computing", lang)}</p>;
  const edgesAmong = (ids: Set<string>) =>
    new Set(whole.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => e.id));
  const show = (label: string, ids: string[]) => {
    const nodes = new Set(ids);
    const edges = edgesAmong(nodes);
    // The pattern's nodes may not be on the canvas yet: bring them in, so the highlight can show them.
    insight.reveal({
      nodes: whole.nodes.filter((n) => nodes.has(n.id)),
      edges: whole.edges.filter((e) => edges.has(e.id)),
      truncated: false,
    });
    insight.setHighlight({ label, nodes, edges });
  };
  const communityName = (c: number) =>
    state.status === "ok" ? (state.result.communities[c]?.name ?? String(c + 1)) : String(c + 1);
  // The co-investment network is between funds; when funds share no investee, show all investors.
  const pairs = fundsCo.length > 0 ? fundsCo : co;
  return (
    <div className="insight-lenses">
      <h4>
        {ti("coInvestment", lang)} <span className="count">{pairs.length}</span>
      </h4>
      <ul data-testid="lens-coinvest">
        {pairs.slice(0, MAX).map((p) => (
          <li key={`${p.a}|${p.b}`}>
            <button
              type="button"
              className="link"
              onClick={() => show(`${p.a} + ${p.b}`, [p.a, p.b, ...p.shared])}
            >
              {insight.name(p.a)} ⇄ {insight.name(p.b)}
            </button>
            <span className="muted small">
              {" "}
              ({p.shared.length}: {p.shared.map(insight.name).join("、")})
            </span>
          </li>
        ))}
      </ul>
      <h4>{ti("brokers", lang)}</h4>
      {state.status !== "ok" && <p className="muted">{ti("computing", lang)}</p>}
      <ul data-testid="lens-brokers">
        {br.map((b) => (
          <li key={b.id}>
            <EntityLink id={b.id} insight={insight} onSelect={onSelect} />
            <span className="muted small">
              {" "}
              {b.betweenness.toFixed(3)} · {ti("bridges", lang)} {b.bridged.length}:{" "}
              {b.bridged.slice(0, 3).map(communityName).join(" | ")}
            </span>
          </li>
        ))}
      </ul>
      <h4>
        {ti("viaLinks", lang)} <span className="count">{via.length}</span>
      </h4>
      <ul data-testid="lens-via">
        {via.slice(0, MAX).map((l) => (
          <li key={`${l.institution}|${l.company}`}>
            <button
              type="button"
              className="link"
              onClick={() => show(`${l.institution} – ${l.company}`, [l.institution, l.company, ...l.via])}
            >
              {insight.name(l.institution)} — {insight.name(l.company)}
            </button>
            <span className="muted small"> {ti("via", lang)} </span>
            <EntityList ids={l.via} insight={insight} onSelect={onSelect} />
          </li>
        ))}
      </ul>
    </div>
  );
}
