// Entity search with autocomplete; arrows move, Enter picks, Escape closes.
import { useEffect, useId, useState } from "react";
import type { SearchResult } from "../../model/api.js";
import { ENTITY_TYPE_INFO } from "../../model/vocabulary.js";
import type { GraphSource } from "../source/GraphSource.js";
import { useI18n } from "../i18n/lang.js";
import { t as tIn } from "../i18n/strings.js";

export interface SearchBoxProps {
  source: GraphSource;
  onPick(result: SearchResult): void;
  placeholder?: string;
  testId?: string;
}

export function SearchBox({ source, onPick, placeholder, testId = "search" }: SearchBoxProps) {
  const { t, pick, lang } = useI18n();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<SearchResult[] | null>(null);
  const [active, setActive] = useState(0);
  const listId = useId();

  useEffect(() => {
    const query = q.trim();
    if (!query) return;
    let live = true;
    const timer = setTimeout(() => {
      source.search(query, 10).then(
        (r) => {
          if (!live) return;
          setResults(r);
          setActive(0);
        },
        () => live && setResults([]),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, source]);

  const shown = q.trim() ? results : null;
  const choose = (r: SearchResult | undefined) => {
    if (!r) return;
    onPick(r);
    setQ("");
    setResults(null);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, (shown?.length ?? 1) - 1));
    else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
    else if (e.key === "Enter") choose(shown?.[active]);
    else if (e.key === "Escape") {
      setQ("");
      setResults(null);
    } else return;
    e.preventDefault();
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-expanded={!!shown}
        aria-controls={listId}
        aria-activedescendant={shown?.[active] ? `${listId}-${active}` : undefined}
        data-testid={testId}
        value={q}
        placeholder={
          placeholder ??
          (lang === "both" ? `${tIn("search", "zh")} ${tIn("searchShort", "en")}` : t("search"))
        }
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {shown && (
        <ul className="search-results" id={listId} role="listbox" data-testid={`${testId}-results`}>
          {shown.length === 0 && <li className="muted">{t("noResults")}</li>}
          {shown.map((r, i) => (
            <li
              key={r.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : ""}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(r);
              }}
            >
              <span className="dot" style={{ background: ENTITY_TYPE_INFO[r.type]?.colour }} />
              <span>{pick(r.name_zh, r.name_en)}</span>
              <small className="muted">
                {" "}
                {pick(ENTITY_TYPE_INFO[r.type]?.zh ?? "", ENTITY_TYPE_INFO[r.type]?.en ?? r.type)}
              </small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
