// Short forms (西工大 for 西北工业大学, 工行 for 工商银行): a short form's characters appear in the full
// name in order, it starts with the full name's first character and ends with its suffix's type
// character. Only ever a proposal for review: 交大 fits several universities.

/** Type characters: the last character of a short form for each kind of full name. */
const TYPE_CHARS: readonly [string, string][] = [
  ["大学", "大"],
  ["研究院", "院"],
  ["学院", "院"],
  ["研究所", "所"],
  ["委员会", "委"],
  ["局", "局"],
  ["银行", "行"],
  ["分行", "行"],
  ["实验室", "室"],
  ["集团", "团"],
  ["中心", "心"],
  ["高新区", "区"],
  ["开发区", "区"],
  ["公司", "司"],
];

/** Well-known short forms, so that a new text's 天大 finds 天津大学 even when the data lacks the alias. */
export const KNOWN_SHORT_FORMS: readonly { short: string; full: string }[] = [
  { short: "西工大", full: "西北工业大学" },
  { short: "上海交大", full: "上海交通大学" },
  { short: "天大", full: "天津大学" },
  { short: "宁大", full: "宁波大学" },
  { short: "浙大", full: "浙江大学" },
  { short: "中科院", full: "中国科学院" },
  { short: "工行", full: "中国工商银行" },
  { short: "北航", full: "北京航空航天大学" },
  { short: "中石化", full: "中国石油化工集团有限公司" },
  { short: "国科大", full: "中国科学院大学" },
  { short: "宁波诺丁汉", full: "宁波诺丁汉大学" },
  { short: "科技部", full: "中华人民共和国科学技术部" },
  { short: "市科技局", full: "宁波市科学技术局" },
  { short: "自然科学基金委", full: "国家自然科学基金委员会" },
];

/** True when `short` can abbreviate `full` by the rule above (at least two characters, shorter). */
export function isShortForm(short: string, full: string): boolean {
  if (short.length < 2 || short.length >= full.length) return false;
  const head = full.replace(/^(中华人民共和国|中国|浙江省|宁波市|宁波)/, "");
  if (short[0] !== full[0] && short[0] !== head[0]) return false;
  const typeChar = TYPE_CHARS.find(([suffix]) => full.endsWith(suffix))?.[1];
  if (typeChar && !short.endsWith(typeChar)) return false;
  let at = 0;
  for (const ch of short) {
    at = full.indexOf(ch, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

/**
 * Replaces a leading short form inside a longer name by its full name (西工大宁波研究院 ->
 * 西北工业大学宁波研究院), so that a new name can be compared with known ones.
 */
export function expandShortPrefix(
  name: string,
  pairs: readonly { short: string; full: string }[],
): string | undefined {
  const pair = pairs.find((p) => name.startsWith(p.short) && name.length > p.short.length);
  return pair ? pair.full + name.slice(pair.short.length) : undefined;
}
