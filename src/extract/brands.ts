// Bare brand names in lists of companies: "惠之星、隔空智能等6家企业", "投资地平线、均胜安全等项目",
// "两家企业研发总部（吉利、东方电缆）". A short name with no suffix is a company when the list it
// stands in is closed by 等…企业/项目 or opened by 企业…（ . Items that are already mentions stay as they are.
import { HARD_STOPS } from "./boundaries.js";
import type { Mention } from "./mentions.js";

const ITEM = "[\\u4e00-\\u9fffA-Za-z]{2,12}";
/** A list closed by 等 and a company noun (等6家企业, 等一批行业“领头羊”, 等项目), only a count or a qualifier between. */
const CLOSED_LIST = new RegExp(
  `(${ITEM}(?:、${ITEM})+)等(?:[0-9一二三四五六七八九十百千两几多]+家|一批)?(?:行业|龙头|重点|科技)?[“"]?(?:企业|公司|项目|领头羊|独角兽)`,
  "gu",
);
/** A list in brackets right after a company noun (企业研发总部（吉利、东方电缆）). */
const BRACKET_LIST = new RegExp(`企业[^，,。；（]{1,6}（(${ITEM}(?:、${ITEM})+)）`, "gu");
const MAX_BRAND = 5;

/** Company mentions for the bare names in company lists of `text`; `free` says a span is not yet taken. */
export function findListedBrands(text: string, free: (start: number, end: number) => boolean): Mention[] {
  const found: Mention[] = [];
  for (const pattern of [CLOSED_LIST, BRACKET_LIST]) {
    for (const match of text.matchAll(pattern)) {
      const list = match[1] ?? "";
      let at = match.index + match[0].indexOf(list);
      list.split("、").forEach((raw, i) => {
        // The first item of a closed list may carry the words before it (成功投资地平线): cut at the last stop.
        const item = i === 0 && pattern === CLOSED_LIST ? afterLastStop(raw) : raw;
        const start = at + raw.length - item.length;
        at += raw.length + 1;
        if (
          item.length < 2 ||
          item.length > MAX_BRAND ||
          HARD_STOPS.some((w) => item.includes(w)) ||
          !free(start, start + item.length)
        )
          return;
        found.push({
          start,
          end: start + item.length,
          text: item,
          type: "Company",
          subtype: "Company",
          rule: "list.brand",
          nested: [],
        });
      });
    }
  }
  return found;
}

function afterLastStop(item: string): string {
  let cut = 0;
  for (const stop of HARD_STOPS) {
    const at = item.lastIndexOf(stop);
    if (at !== -1 && at + stop.length < item.length) cut = Math.max(cut, at + stop.length);
  }
  return item.slice(cut);
}
