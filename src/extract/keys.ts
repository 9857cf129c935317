// The key two names are compared by when deciding that a candidate is a known entity.
import { normaliseName } from "../data/names.js";

const DECORATION = /[\s“”"'‘’「」『』《》()（）]/g;
const PROVISIONAL = /[(（](筹|暂名)[)）]/g;

/**
 * normaliseName (NFKC, trimmed, case-folded) plus: quotes, brackets and spaces removed, and the
 * provisional tails (筹)/(暂名) dropped. Legal-form suffixes are kept: 均胜电子 ≠ 均胜电子有限公司.
 */
export function nameKey(name: string): string {
  return normaliseName(name.replace(PROVISIONAL, "")).replace(DECORATION, "");
}
