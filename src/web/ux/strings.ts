// The UX additions' UI strings in Chinese and English (same pattern as i18n/strings.ts).
import { translate, type Lang } from "../i18n/strings.js";

const STRINGS = {
  noEvidence: ["无引文", "No quote"],
  expandBy: ["按关系展开", "Expand by relation"],
  allRelations: ["全部关系", "All relations"],
  someRelations: ["种关系", "relation types"],
  clearChoice: ["全部", "All"],
} as const satisfies Record<string, readonly [string, string]>;

export type UxStringKey = keyof typeof STRINGS;

/** The UX string for `key` in `lang`; "both" shows Chinese, then English. */
export function tu(key: UxStringKey, lang: Lang): string {
  return translate(STRINGS[key], lang);
}
