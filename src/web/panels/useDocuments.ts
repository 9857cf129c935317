// The document list (titles for evidence, dates for the time filter), fetched once per attempt.
import { useEffect, useMemo, useState } from "react";
import type { DocumentSummary } from "../../model/api.js";
import type { GraphSource } from "../source/GraphSource.js";

export function useDocuments(source: GraphSource, attempt: number) {
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  useEffect(() => {
    let live = true;
    source.documents().then(
      (d) => live && setDocuments(d),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [source, attempt]);
  const docDates = useMemo(() => new Map(documents.map((d) => [d.id, d.date])), [documents]);
  const titles = useMemo(() => new Map(documents.map((d) => [d.id, d.title])), [documents]);
  return { documents, docDates, docTitle: (id: string) => titles.get(id) ?? id };
}
