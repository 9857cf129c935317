// Cuts a document's text into runs, each knowing whether it lies in an evidence quote, the active quote, a mention.
import type { Span } from "../../model/api.js";

export interface Segment {
  start: number;
  end: number;
  text: string;
  inQuote: boolean;
  active: boolean;
  /** Entity mentioned here (the first that covers the run). */
  entity: string | null;
}

/** Splits `text` at every span boundary; `active` is the quote the reader was opened at. */
export function segmentText(
  text: string,
  quotes: readonly Span[],
  mentions: readonly (Span & { entity: string })[],
  active: Span | null,
): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const s of [...quotes, ...mentions, ...(active ? [active] : [])]) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covers = (s: Span) => s.start <= start && s.end >= end;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      inQuote: quotes.some(covers),
      active: active !== null && covers(active),
      entity: mentions.find(covers)?.entity ?? null,
    });
  }
  return out;
}

/** Where `quote` sits in `text`, or null when it is not there. */
export function findQuote(text: string, quote: string | null): Span | null {
  if (!quote) return null;
  const start = text.indexOf(quote);
  return start < 0 ? null : { start, end: start + quote.length };
}
