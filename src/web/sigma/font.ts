// Canvas labels need the CJK web font loaded first, or they draw as boxes (the machine may have no CJK font).
export const FONT_FAMILY = '"Noto Sans SC", sans-serif';

/**
 * Loads the font subsets that cover `text` (fontsource splits Noto Sans SC by unicode-range, so each
 * new label may need a new subset). Resolves even if loading fails; labels then fall back.
 */
export async function ensureFont(text: string): Promise<void> {
  if (typeof document === "undefined" || !document.fonts) return;
  const sample = text || "宁波";
  try {
    await Promise.all([
      document.fonts.load('16px "Noto Sans SC"', sample),
      document.fonts.load('700 16px "Noto Sans SC"', sample),
    ]);
  } catch {
    // A missing font is cosmetic; the graph still works with fallback glyphs.
  }
}
