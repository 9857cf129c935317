// Long labels overlap their neighbours (sigma's label grid picks labels per cell, it does not measure
// them), so the labels of ordinary nodes are shortened; the full name shows on hover and selection.

/** Visual width of `text` in "half-width" units: CJK and other wide characters count 2, the rest 1. */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch) ? 2 : 1;
  return w;
}

/** True for characters drawn full-width in the labels' CJK font (Han, kana, Hangul, full-width forms, curly quotes). */
export function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  // Curly quotes are full-width in the CJK font the labels use.
  return (
    (c >= 0x2018 && c <= 0x201f) ||
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x3000 && c <= 0x303f)
  );
}

/**
 * `text` cut to at most `max` half-width units, ending in "…" when cut; whole words are kept for
 * Latin text when a space falls in the last third, so "Ningbo Institute of…" rather than "Ningbo Institute o…".
 */
export function fitLabel(text: string, max: number): string {
  if (labelWidth(text) <= max) return text;
  let w = 0;
  let out = "";
  for (const ch of text) {
    const cw = isWide(ch) ? 2 : 1;
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  const space = out.lastIndexOf(" ");
  if (space > (out.length * 2) / 3) out = out.slice(0, space);
  return `${out.trimEnd()}…`;
}

/** Half-width units allowed for an ordinary node's label (about 14 CJK characters or 28 Latin ones). */
export const LABEL_MAX_UNITS = 28;
