// Every UI string of the web app, in Chinese and English, in one table; "both" shows Chinese, then English.
// Components read the current language from the context in ./lang.tsx; plain modules pass it in.
export const LANGS = ["zh", "en", "both"] as const;
export type Lang = (typeof LANGS)[number];

const STRINGS = {
  // The explorer
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
  coreNote: ["核心生态：地区与项目已隐藏", "Core ecosystem: Regions & Programmes hidden"],
  coreWhy: [
    "地区与项目几乎与所有节点相连，会把图挤成一颗星，所以作为背景默认隐藏。",
    "Regions and Programmes link to almost everything and squeeze the picture into one star, so they start hidden, as context.",
  ],
  showContext: ["显示地区与项目", "Show Regions & Programmes"],
  hideContext: ["只看核心生态（隐藏地区与项目）", "Core ecosystem only (hide Regions & Programmes)"],
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
  shown: ["画面中", "On canvas"],
  shownHelp: [
    "画布上显示的实体，按连接数排序。方向键移动，回车打开。",
    "The entities the canvas shows, most connected first. Arrow keys move, Enter opens one.",
  ],
  moreTabs: ["图例与工具", "Legend & tools"],
  scrollMore: ["下方还有更多", "More below"],
  graphRegion: ["图谱", "Graph"],
  // Hover card and expand controls
  noEvidence: ["无引文", "No quote"],
  expandBy: ["按关系展开", "Expand by relation"],
  allRelations: ["全部关系", "All relations"],
  someRelations: ["种关系", "relation types"],
  clearChoice: ["全部", "All"],
  // Briefing mode and exports
  briefing: ["简报与导出", "Briefing & export"],
  story: ["故事", "Story"],
  newStory: ["新建故事", "New story"],
  storyName: ["故事名称", "Story name"],
  caption: ["说明文字", "Caption"],
  addView: ["添加当前视图", "Add current view"],
  present: ["演示", "Present"],
  downloadStory: ["下载故事", "Download story"],
  uploadStory: ["打开故事文件", "Open story file"],
  storyLink: ["故事链接", "Story link"],
  deleteStory: ["删除故事", "Delete story"],
  noViews: ["尚无视图：先添加当前视图", "No views yet: add the current view"],
  staleData: ["此视图基于另一版本的数据", "This view was made on another data version"],
  image: ["图片", "Image"],
  dataView: ["当前视图数据", "Data of this view"],
  dataAll: ["全图数据", "Data of the whole graph"],
  sources: ["来源", "Sources"],
  legendTypes: ["实体类型", "Entity types"],
  legendRelations: ["关系类型", "Relations"],
  exporting: ["导出中…", "Exporting…"],
  // Insight views
  insight: ["洞察", "Insight"],
  appearance: ["外观", "Appearance"],
  players: ["关键角色", "Key players"],
  funds: ["基金", "Funds"],
  lenses: ["生态视角", "Lenses"],
  quality: ["数据质量", "Data quality"],
  compare: ["比较", "Compare"],
  ecosystem: ["生态概览", "Ecosystem"],
  sizeBy: ["大小依据", "Size by"],
  colourBy: ["颜色依据", "Colour by"],
  byType: ["类型", "type"],
  byCommunity: ["社区", "community"],
  scope: ["计算范围", "Computed on"],
  whole: ["全图", "whole graph"],
  view: ["当前视图", "current view"],
  none: ["默认", "default"],
  degree: ["度", "Degree"],
  weightedDegree: ["证据加权度", "Evidence degree"],
  betweenness: ["中介中心性", "Betweenness"],
  pagerank: ["PageRank", "PageRank"],
  community: ["社区", "Community"],
  coverage: ["文献数", "Docs"],
  name: ["名称", "Name"],
  type: ["类型", "Type"],
  allTypes: ["全部类型", "All types"],
  computing: ["计算中…", "Computing…"],
  communities: ["社区", "Communities"],
  modularity: ["模块度", "modularity"],
  partial: [
    "概览已截断：指标只覆盖已载入部分",
    "The overview is truncated: metrics cover the loaded part only",
  ],
  fund: ["基金", "Fund"],
  foundersManagers: ["设立 / 管理（上级）", "Founders / managers (parents)"],
  size: ["规模", "Size"],
  investees: ["投资对象", "Investees"],
  coInvestors: ["共同投资方", "Co-investors"],
  behind: ["背后是谁", "Who stands behind"],
  money: ["资金去向", "Where the money went"],
  behindShort: ["↑ 背后", "↑ Behind"],
  moneyShort: ["↓ 去向", "↓ Money"],
  communityCount: ["个社区", "communities"],
  clear: ["清除高亮", "Clear highlight"],
  coInvestment: ["共同投资网络", "Co-investment network"],
  brokers: ["跨社区的桥梁", "Brokers between communities"],
  viaLinks: [
    "共同参与园区、项目或活动的机构与企业",
    "Institutions and companies taking part in the same park, programme or event",
  ],
  bridges: ["连接社区", "bridges"],
  via: ["经由", "via"],
  markQuality: [
    "标出单一来源与推断关系（浅色 / 细线）",
    "Mark single-source and implied relations (lighter / thinner)",
  ],
  multiOnly: ["只显示 2 篇以上文献陈述的关系", "Only relations stated in 2+ documents"],
  multi: ["2 篇以上文献", "2+ documents"],
  single: ["单一来源", "single source"],
  impliedOnly: ["仅推断", "implied only"],
  lowCoverage: ["文献覆盖最少的实体", "Entities with the least coverage"],
  entityA: ["实体 A", "Entity A"],
  entityB: ["实体 B", "Entity B"],
  common: ["共同邻居", "Common neighbours"],
  shortestPaths: ["最短路径", "Shortest paths"],
  showOnCanvas: ["在画布上显示", "Show on canvas"],
  members: ["成员", "Members"],
  partners: ["伙伴", "Partners"],
  pickPark: ["选择一个园区或机构以查看其生态", "Select a park or institution to see its ecosystem"],
  nothing: ["无", "none"],
  stated: ["陈述", "stated"],
  fundsMeaning: [
    "每行一只基金：谁设立、管理它（及其上级），文献所述规模，投资对象，以及共同投资方。点击金额可查看陈述它的原文。",
    "One row per fund: who set it up and runs it (and their parents), its size as a document states it, what it invested in, and who invested beside it. Click an amount to read the sentence that states it.",
  ],
  coInvestorsMeaning: [
    "共同投资方：也投资了同一投资对象的其他投资方；设立或管理该基金的机构（基金背后的一方）不算。",
    "Co-investors: other investors in the same investee; the bodies that set up or run the fund (who stand behind it) do not count.",
  ],
  coInvestmentMeaning: [
    "两只基金投资了同一对象即相连（若没有，则为任意两个投资方）；设立或管理另一方的一方不算共同投资。",
    "Two funds are linked when both invested in the same investee (when no two funds are, any two investors); one that set up or runs the other is not its co-investor.",
  ],
  brokersMeaning: [
    "其邻居分属其他社区的节点，按中介中心性排序：它们连接了图中原本分开的部分。",
    "Nodes whose neighbours sit in other communities than their own, ranked by betweenness: they join parts of the graph that are otherwise apart.",
  ],
  viaLinksMeaning: [
    "机构与企业共同参与（参加、主办、牵头、合作）同一园区、项目或活动。仅位于同一园区、或被其管理、支持、投资不算：否则高新区会把每个机构与每家企业配对。",
    "An institution and a company that both take part in (participate in, host, lead, work with) the same park, programme or event. Sitting in the same zone, or being managed, supported or funded by it, does not count: through 高新区 it would pair every institution with every company.",
  ],
  amountEvidence: ["打开陈述此金额的原文", "Open the sentence that states this amount"],
} as const satisfies Record<string, readonly [string, string]>;

export type StringKey = keyof typeof STRINGS;

/** A (zh, en) pair of UI text in `lang`; "both" shows Chinese, then English. */
function translate([zh, en]: readonly [string, string], lang: Lang): string {
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
