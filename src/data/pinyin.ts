// Pinyin for search: full syllables without tones or spaces, and initials, for names and aliases.
import { customPinyin, pinyin } from "pinyin-pro";
import type { EntityRecord } from "../model/records.js";

// Readings pinyin-pro gets wrong in institution names (行 in 分行 is a bank branch, hang).
customPinyin({ 分行: "fēn háng", 支行: "zhī háng", 总行: "zǒng háng" });

export interface NamePinyin {
  full: string;
  initials: string;
}

const ASCII_WORD = /[a-z0-9]/;

/**
 * Full pinyin and initials of one name: Han characters become syllables, ascii letters and digits
 * are kept lowercased (in both forms, so `ICBC宁波` gives `icbcningbo` / `icbcnb`), the rest is dropped.
 */
export function namePinyin(name: string): NamePinyin {
  const parts = pinyin(name.normalize("NFKC"), { toneType: "none", type: "all", v: true });
  let full = "";
  let initials = "";
  for (const part of parts) {
    if (part.isZh && part.pinyin !== "") {
      full += part.pinyin.toLowerCase();
      initials += part.pinyin.charAt(0).toLowerCase();
      continue;
    }
    for (const ch of part.origin.toLowerCase()) {
      if (!ASCII_WORD.test(ch)) continue;
      full += ch;
      initials += ch;
    }
  }
  return { full, initials };
}

/** The entity's pinyin fields: the name's first, then each alias's, space-separated, without repeats or blanks. */
export function entityPinyin(entity: Pick<EntityRecord, "name_zh" | "aliases">): { pinyin: string; pinyin_initials: string } {
  const forms = [entity.name_zh, ...entity.aliases].map(namePinyin);
  const join = (values: string[]): string => [...new Set(values.filter((v) => v !== ""))].join(" ");
  return { pinyin: join(forms.map((f) => f.full)), pinyin_initials: join(forms.map((f) => f.initials)) };
}
