// Pure helpers that place quotes and mentions in a document's text (UTF-16 offsets, as JS counts).
import type { Span } from "../model/api.js";

/** Every occurrence of `needle` in `text`, overlapping ones included; none for an empty needle. */
export function allOccurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (needle === "") return spans;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    spans.push({ start: at, end: at + needle.length });
  }
  return spans;
}

/** Pairs parallel start/end lists into spans, dropping pairs that do not fit the text. */
export function zipSpans(starts: readonly number[], ends: readonly number[], textLength: number): Span[] {
  const spans: Span[] = [];
  starts.forEach((start, i) => {
    const end = ends[i];
    if (end !== undefined && start >= 0 && end > start && end <= textLength) spans.push({ start, end });
  });
  return spans;
}
