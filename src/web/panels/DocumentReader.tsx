// The document reader: full text, evidence quotes marked, entity mentions clickable, the chosen quote in view.
import { useEffect, useMemo, useRef } from "react";
import { useAsync } from "../state/useAsync.js";
import type { DocumentResponse } from "../../model/api.js";
import type { GraphSource } from "../source/GraphSource.js";
import { findQuote, segmentText } from "./segments.js";
import "../ux/ux.css";
import { useI18n } from "../i18n/lang.js";

export interface DocumentReaderProps {
  source: GraphSource;
  doc: string;
  quote: string | null;
  onSelect(id: string): void;
  onClose(): void;
}

export function DocumentReader({ source, doc, quote, onSelect, onClose }: DocumentReaderProps) {
  const { t, pick } = useI18n();
  const state = useAsync<DocumentResponse>(doc, () => source.document(doc));
  const activeRef = useRef<HTMLElement>(null);

  const segments = useMemo(() => {
    if (state.status !== "ok") return [];
    const { document: d, quotes, mentions } = state.value;
    return segmentText(d.text, quotes, mentions, findQuote(d.text, quote));
  }, [state, quote]);

  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: "center" });
  }, [segments]);

  const firstActive = segments.findIndex((s) => s.active);
  return (
    <aside className="panel reader" data-testid="reader" tabIndex={-1} aria-label={t("documents")}>
      {/* A sticky header: the title and the close button stay in view while the text scrolls to the quote. */}
      <header className="reader-head">
        <button type="button" className="close" onClick={onClose} aria-label={t("close")}>
          ×
        </button>
        {state.status === "ok" && (
          <>
            <h2>{pick(state.value.document.title, state.value.document.title_en)}</h2>
            <p className="muted">
              {state.value.document.date} {state.value.document.publisher}{" "}
              {state.value.document.authors.join("、")}
            </p>
          </>
        )}
      </header>
      {state.status !== "ok" ? (
        <p className={state.status === "error" ? "error" : "muted"}>
          {state.status === "error" ? state.message : t("loading")}
        </p>
      ) : (
        <>
          <div className="doc-text">
            {segments.map((s, i) => {
              const cls = [s.inQuote ? "quote" : "", s.active ? "active" : "", s.entity ? "mention" : ""]
                .join(" ")
                .trim();
              const ref = i === firstActive ? activeRef : undefined;
              const testId = s.active ? "active-quote" : undefined;
              if (!cls) return <span key={s.start}>{s.text}</span>;
              const entity = s.entity;
              if (!entity)
                return (
                  <mark key={s.start} ref={ref} className={cls} data-testid={testId}>
                    {s.text}
                  </mark>
                );
              return (
                <mark
                  key={s.start}
                  ref={ref}
                  className={cls}
                  data-testid={testId}
                  role="button"
                  tabIndex={0}
                  onClick={() => onSelect(entity)}
                  onKeyDown={(e) => e.key === "Enter" && onSelect(entity)}
                >
                  {s.text}
                </mark>
              );
            })}
          </div>
        </>
      )}
    </aside>
  );
}
