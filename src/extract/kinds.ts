// Suffix names that denote a kind of body rather than one body, judged by what stands before them:
// a count or a rank (9家市级以上企业研究院, 12家技术成果转移中心, 宁波市十大公共技术服务平台,
// 首家国家级科技企业孵化器, 唯一入选的科技企业孵化器)
// or, for a zone word with a two-character head, an attribute (自主创新的引领区, 高新区的核心区).
import type { PatternName } from "./names.js";

/** A count or a rank, then at most a grade (市级以上, 国家级), right before the name. */
const COUNT_BEFORE =
  /(?:[0-9０-９一二三四五六七八九十百千两几多]+(?:家|个|所|座|类|大|批)|首家|每家|一批|多家|各类)(?:市级以上|省级以上|国家级|省级|市级)?$/;
/** 唯一入选的, 第一家: the only or first one of a kind (the kind follows). */
const ONLY_BEFORE = /(?:唯一|第一家)[\u4e00-\u9fff]{0,3}的?$/;
const ZONE_AFTER_OF = /^[\u4e00-\u9fff]{2}区$/;
const ORGANISATION_TYPES: ReadonlySet<string> = new Set(["Institution", "Company", "Fund", "Park"]);

/** True when `name` (found in `text`) is a kind of organisation or zone, not a particular one. */
export function namesAKind(text: string, name: PatternName): boolean {
  const before = text.slice(Math.max(0, name.start - 10), name.start);
  if (/[“"A-Za-z]/.test(name.name)) return false;
  if (ORGANISATION_TYPES.has(name.type) && (COUNT_BEFORE.test(before) || ONLY_BEFORE.test(before)))
    return true;
  return (
    (name.type === "Region" || name.type === "Park") && before.endsWith("的") && ZONE_AFTER_OF.test(name.name)
  );
}
