// Splits a document into sentences (on 。！？；, line breaks) and sentences into clauses (on ，：),
// keeping UTF-16 offsets into the original text so evidence quotes stay verbatim substrings.

export interface Span {
  /** The exact text of the span (a substring of the document). */
  text: string;
  /** UTF-16 offsets into the document: start inclusive, end exclusive. */
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？；!?;\n]/;
const CLAUSE_END = /[，,：:]/;

/** Sentences of `text`, trimmed of surrounding white space; empty ones are dropped. */
export function splitSentences(text: string): Span[] {
  return splitOn(text, 0, SENTENCE_END);
}

/** Clauses of one sentence; offsets stay document offsets. */
export function splitClauses(sentence: Span): Span[] {
  return splitOn(sentence.text, sentence.start, CLAUSE_END);
}

function splitOn(text: string, offset: number, boundary: RegExp): Span[] {
  const spans: Span[] = [];
  let from = 0;
  // Quotes may hold punctuation (“点、线、面”), so a boundary inside “…” or 《…》 does not split.
  let depth = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i] ?? "\n";
    if (ch === "“" || ch === "《") depth++;
    else if ((ch === "”" || ch === "》") && depth > 0) depth--;
    if (i < text.length && (!boundary.test(ch) || (depth > 0 && ch !== "\n"))) continue;
    if (ch === "\n") depth = 0;
    const end = i < text.length ? i + 1 : i;
    pushTrimmed(spans, text, from, end, offset);
    from = end;
  }
  return spans;
}

function pushTrimmed(spans: Span[], text: string, from: number, to: number, offset: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  if (end > start) spans.push({ text: text.slice(start, end), start: start + offset, end: end + offset });
}
