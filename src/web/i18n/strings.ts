// UI strings in Chinese and English; "both" shows Chinese first, then English.
export const LANGS = ["zh", "en", "both"] as const;
export type Lang = (typeof LANGS)[number];

const STRINGS = {
  title: ["宁波创新图谱", "Ningbo Innovation Graph"],
  search: ["搜索机构、企业、基金…", "Search institutions, companies, funds…"],
  /** The English half of the search placeholder in "both" mode, short so the pair fits the 320 px panel. */
  searchShort: ["搜索…", "Search…"],
  noResults: ["无结果", "No results"],
  loading: ["加载中…", "Loading…"],
  empty: ["图谱为空：尚未载入数据", "The graph is empty: no data loaded yet"],
  dbAway: ["数据库暂时不可用，正在重试…", "The database is away; retrying…"],
  apiError: ["接口出错", "API error"],
  legend: ["图例", "Legend"],
  entityTypes: ["实体类型", "Entity types"],
  relationTypes: ["关系类型", "Relation types"],
  documents: ["文献", "Documents"],
  certainty: ["确定性", "Certainty"],
  explicit: ["明确", "explicit"],
  implied: ["推断", "implied"],
  filters: ["筛选", "Filters"],
  fundsLens: ["基金视角", "Funds lens"],
  reset: ["重置", "Reset"],
  aliases: ["别名", "Aliases"],
  relations: ["关系", "Relations"],
  expand: ["展开", "Expand"],
  depth: ["深度", "Depth"],
  remove: ["移除", "Remove"],
  focus: ["聚焦", "Focus"],
  paths: ["路径", "Paths"],
  from: ["起点", "From"],
  to: ["终点", "To"],
  findPaths: ["查找路径", "Find paths"],
  noPath: ["未找到路径", "No path found"],
  close: ["关闭", "Close"],
  undo: ["撤销", "Undo"],
  redo: ["重做", "Redo"],
  asOf: ["截至", "As of"],
  allDates: ["全部日期", "All dates"],
  more: ["更多", "more"],
  quote: ["引文", "Quote"],
  language: ["语言", "Language"],
} as const satisfies Record<string, readonly [string, string]>;

export type StringKey = keyof typeof STRINGS;

/** A (zh, en) pair of UI text in `lang`; "both" shows Chinese, then English. Every string table uses it. */
export function translate([zh, en]: readonly [string, string], lang: Lang): string {
  return lang === "zh" ? zh : lang === "en" ? en : `${zh} ${en}`;
}

/** The UI string for `key` in `lang`. */
export function t(key: StringKey, lang: Lang): string {
  return translate(STRINGS[key], lang);
}

/** A bilingual pair (names, type labels) shown in the chosen language; falls back to whichever exists. */
export function pick(zh: string, en: string, lang: Lang): string {
  if (lang === "zh") return zh || en;
  if (lang === "en") return en || zh;
  return zh && en && zh !== en ? `${zh} · ${en}` : zh || en;
}
