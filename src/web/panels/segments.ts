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
    const seg = {
      start,
      end,
      text: text.slice(start, end),
      inQuote: quotes.some(covers),
      active: active !== null && covers(active),
      entity: mentions.find(covers)?.entity ?? null,
    };
    if (seg.inQuote || seg.active || seg.entity) out.push(...splitAtBreaks(seg));
    else out.push(seg);
  }
  return out;
}

/**
 * A marked run that spans a line break would paint the break (and a blank line between paragraphs) as a
 * highlighted empty line: the break, with the white space around it, becomes a plain run of its own.
 */
function splitAtBreaks(seg: Segment): Segment[] {
  const out: Segment[] = [];
  const re = /[^\S\n]*\n\s*/g;
  let at = 0;
  for (let m = re.exec(seg.text); m; m = re.exec(seg.text)) {
    if (m.index > at)
      out.push({
        ...seg,
        start: seg.start + at,
        end: seg.start + m.index,
        text: seg.text.slice(at, m.index),
      });
    const end = m.index + m[0].length;
    out.push({
      start: seg.start + m.index,
      end: seg.start + end,
      text: m[0],
      inQuote: false,
      active: false,
      entity: null,
    });
    at = end;
  }
  if (at === 0) return [seg];
  if (at < seg.text.length) out.push({ ...seg, start: seg.start + at, text: seg.text.slice(at) });
  return out;
}

/** Where `quote` sits in `text`, or null when it is not there. */
export function findQuote(text: string, quote: string | null): Span | null {
  if (!quote) return null;
  const start = text.indexOf(quote);
  return start < 0 ? null : { start, end: start + quote.length };
}
