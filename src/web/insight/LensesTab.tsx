// Ecosystem lenses, each with a sentence saying what it means: the co-investment network, brokers between
// communities, and institutions and companies taking part in the same park, programme or event; a click
// highlights the pattern on the canvas.
import { useMemo } from "react";
import type { InsightPanelProps } from "./InsightPanel.js";
import { brokers, coInvestment, institutionCompanyLinks } from "./lenses.js";
import { EntityLink, EntityList } from "./names.js";
import { useI18n } from "../i18n/lang.js";

const MAX = 40;

export function LensesTab({ insight, onSelect }: InsightPanelProps) {
  const { t } = useI18n();
  const whole = insight.whole.status === "ok" ? insight.whole.value : null;
  const state = insight.metrics.whole;
  const co = useMemo(() => (whole ? coInvestment(whole, false) : []), [whole]);
  const fundsCo = useMemo(() => (whole ? coInvestment(whole) : []), [whole]);
  const br = useMemo(
    () => (whole && state.status === "ok" ? brokers(whole, state.result) : []),
    [whole, state],
  );
  const via = useMemo(() => (whole ? institutionCompanyLinks(whole) : []), [whole]);
  if (!whole) return <p className="muted">{t("computing")}</p>;
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
        {t("coInvestment")} <span className="count">{pairs.length}</span>
      </h4>
      <p className="muted small lens-meaning">{t("coInvestmentMeaning")}</p>
      <ul data-testid="lens-coinvest">
        {pairs.length === 0 && <li className="muted">{t("nothing")}</li>}
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
      <h4>{t("brokers")}</h4>
      <p className="muted small lens-meaning">{t("brokersMeaning")}</p>
      {state.status !== "ok" && <p className="muted">{t("computing")}</p>}
      <ul data-testid="lens-brokers">
        {br.map((b) => (
          <li key={b.id}>
            <EntityLink id={b.id} insight={insight} onSelect={onSelect} />
            <span className="muted small">
              {" "}
              {b.betweenness.toFixed(3)} · {t("bridges")} {b.bridged.length}:{" "}
              {b.bridged.slice(0, 3).map(communityName).join(" | ")}
            </span>
          </li>
        ))}
      </ul>
      <h4>
        {t("viaLinks")} <span className="count">{via.length}</span>
      </h4>
      <p className="muted small lens-meaning">{t("viaLinksMeaning")}</p>
      <ul data-testid="lens-via">
        {via.length === 0 && <li className="muted">{t("nothing")}</li>}
        {via.slice(0, MAX).map((l) => (
          <li key={`${l.institution}|${l.company}`}>
            <button
              type="button"
              className="link"
              onClick={() => show(`${l.institution} – ${l.company}`, [l.institution, l.company, ...l.via])}
            >
              {insight.name(l.institution)} — {insight.name(l.company)}
            </button>
            <span className="muted small"> {t("via")} </span>
            <EntityList ids={l.via} insight={insight} onSelect={onSelect} />
          </li>
        ))}
      </ul>
    </div>
  );
}
