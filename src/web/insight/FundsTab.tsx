// The fund view: every fund with founders, managers (and parents), size, investees and co-investors;
// each row traces "who stands behind" or "where the money went" on the canvas via the fund-trace API.
import { useMemo, useState } from "react";
import type { InsightPanelProps } from "./InsightPanel.js";
import { fundTable, splitTrace } from "./funds.js";
import { EntityLink, EntityList } from "./names.js";
import { useI18n } from "../i18n/lang.js";
import { t as tIn } from "../i18n/strings.js";

type Trace = { fund: string; direction: "up" | "down"; status: "loading" | "ok" | "error"; message?: string };

export function FundsTab({ insight, source, onSelect, onOpenDoc }: InsightPanelProps) {
  const { t, lang } = useI18n();
  const whole = insight.whole.status === "ok" ? insight.whole.value : null;
  const rows = useMemo(() => (whole ? fundTable(whole) : []), [whole]);
  const [trace, setTrace] = useState<Trace | null>(null);

  const run = (fund: string, direction: "up" | "down") => {
    setTrace({ fund, direction, status: "loading" });
    source.fundTrace(fund).then(
      (sub) => {
        insight.reveal(sub);
        const part = splitTrace(sub, fund, direction);
        insight.setHighlight({
          label: `${insight.name(fund)}: ${tIn(direction === "up" ? "behind" : "money", "en")}`,
          ...part,
        });
        setTrace({ fund, direction, status: "ok" });
      },
      (err: unknown) =>
        setTrace({
          fund,
          direction,
          status: "error",
          message: err instanceof Error ? err.message : String(err),
        }),
    );
  };
  if (!whole)
    return (
      <p className="muted">{insight.whole.status === "error" ? insight.whole.message : t("computing")}</p>
    );
  const list = (ids: string[]) => <EntityList ids={ids} insight={insight} onSelect={onSelect} />;
  return (
    <div>
      <p className="muted small lens-meaning" data-testid="funds-meaning">
        {t("fundsMeaning")} {t("coInvestorsMeaning")}
      </p>
      {trace?.status === "error" && <p className="error">{trace.message}</p>}
      <table className="insight-table funds" data-testid="funds-table">
        <thead>
          <tr>
            <th>{t("fund")}</th>
            <th>{t("foundersManagers")}</th>
            <th>{t("size")}</th>
            <th>{t("investees")}</th>
            <th>{t("coInvestors")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const active = trace?.fund === r.id ? trace : null;
            return (
              <tr key={r.id} data-testid="fund-row" data-id={r.id} className={active ? "selected" : ""}>
                <td>
                  <EntityLink id={r.id} insight={insight} onSelect={onSelect} />
                  <div className="trace-buttons">
                    <button
                      type="button"
                      data-testid="trace-up"
                      title={t("behind")}
                      aria-pressed={active?.direction === "up"}
                      onClick={() => run(r.id, "up")}
                    >
                      {tIn("behindShort", lang === "both" ? "zh" : lang)}
                    </button>
                    <button
                      type="button"
                      data-testid="trace-down"
                      title={t("money")}
                      aria-pressed={active?.direction === "down"}
                      onClick={() => run(r.id, "down")}
                    >
                      {tIn("moneyShort", lang === "both" ? "zh" : lang)}
                    </button>
                    {active?.status === "loading" && <span className="muted">…</span>}
                  </div>
                </td>
                <td>
                  {list([...r.founders, ...r.managers.filter((m) => !r.founders.includes(m))])}
                  {r.parents.length > 0 && <span className="muted"> （{list(r.parents)}）</span>}
                  {r.backers.length > 0 && <div className="small">+ {list(r.backers)}</div>}
                </td>
                <td>
                  {r.sizes.length ? (
                    <span className="entity-list">
                      {r.sizes.map((s, i) => (
                        <span key={`${s.edge}|${s.doc}|${i}`}>
                          {i > 0 && " / "}
                          <button
                            type="button"
                            className="link"
                            data-testid="fund-amount"
                            title={t("amountEvidence")}
                            onClick={() => onOpenDoc(s.doc, s.quote)}
                          >
                            {s.amount}
                          </button>
                        </span>
                      ))}
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td>{list(r.investees)}</td>
                <td>{list(r.coInvestors.map((c) => c.id))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
