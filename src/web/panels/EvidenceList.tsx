// The evidence behind one relation: each quote with its document; clicking opens the reader at the quote.
import type { Evidence } from "../../model/api.js";
import { useI18n } from "../i18n/lang.js";

export interface EvidenceListProps {
  evidence: readonly Evidence[];
  docTitle(id: string): string;
  onOpenDoc(doc: string, quote: string): void;
}

export function EvidenceList({ evidence, docTitle, onOpenDoc }: EvidenceListProps) {
  const { t } = useI18n();
  return (
    <ul className="evidence">
      {evidence.map((ev, i) => (
        <li key={i} data-testid="evidence">
          <blockquote>「{ev.quote}」</blockquote>
          <div className="evidence-meta">
            <button
              type="button"
              className="link doc-link"
              onClick={() => onOpenDoc(ev.doc, ev.quote)}
              title={t("documents")}
            >
              {ev.doc_title || docTitle(ev.doc)}
            </button>
            <span className={`tag ${ev.certainty}`}>{t(ev.certainty)}</span>
            {ev.amount && <span className="tag">{ev.amount}</span>}
            {ev.date && <span className="tag">{ev.date}</span>}
          </div>
        </li>
      ))}
    </ul>
  );
}
