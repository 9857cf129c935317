// Relation trigger patterns, written over a "slotted" sentence in which every mention is one
// private-use character: E is one mention, L a list of them (E、E和E). Each rule says which groups
// are the source and the target; a missing source is the clause's or the sentence's subject.
import type { RelationType } from "../model/vocabulary.js";
import { HEAD_ROLES } from "./people.js";

const E = "[\\uE000-\\uF8FF]";
const L = `${E}(?:[、和与及]|以及)?(?:${E}(?:[、和与及]|以及))*${E}?`;

export interface TriggerRule {
  id: string;
  type: RelationType;
  pattern: RegExp;
  /** Named groups holding the source and the target lists; `subject` means the carried-over subject. */
  source: "s" | "subject";
  target: "t" | "subject";
  /** Entity types the target may have (a mismatch drops the candidate). */
  targetTypes?: readonly string[];
  /** Entity types the source may have. */
  sourceTypes?: readonly string[];
}

const rx = (source: string): RegExp => new RegExp(source, "gu");
const gap = (max: number): string => `[^，。；\\uE000-\\uF8FF]{0,${max}}?`;
/** A gap in which none of `words` occurs. */
const gapWithout = (max: number, words: string): string =>
  `(?:(?!${words})[^，。；\\uE000-\\uF8FF]){0,${max}}?`;
/** A gap that may cross a comma (在最困难的时候，拿到…), not a sentence's end. */
const clauses = (max: number): string => `[^。；\\uE000-\\uF8FF]{0,${max}}?`;
const BUILD_VERBS = "共建|设立|成立|组建|建设|打造";

export const TRIGGER_RULES: readonly TriggerRule[] = [
  {
    id: "incubated.by",
    type: "INCUBATED",
    pattern: rx(`(?<t>${E})${gap(6)}由(?<s>${L})孵化`),
    source: "s",
    target: "t",
  },
  {
    id: "incubated",
    type: "INCUBATED",
    pattern: rx(`(?<s>${E})?孵化(?:的|出|了)*(?<t>${L})`),
    source: "s",
    target: "t",
  },
  {
    id: "established.by",
    type: "ESTABLISHED",
    pattern: rx(
      `(?<t>${E})${gap(4)}由(?<s>${L})(?:牵头)?[，,]?(?:联合(?<s2>${L}))?等?(?:共同)?(?:共建|组建|设立|成立|发起|创建|建设|主导)`,
    ),
    source: "s",
    target: "t",
  },
  {
    // 复旦杭州湾科创园是复旦大学宁波研究院打造的: the thing built first, its builder after 是.
    id: "established.is-by",
    type: "ESTABLISHED",
    pattern: rx(`(?<t>${E})(?:是|为|系)(?:由)?(?<s>${L})(?:共同)?(?:${BUILD_VERBS}|创办|创建|发起)的`),
    source: "s",
    target: "t",
  },
  {
    id: "established",
    type: "ESTABLISHED",
    pattern: rx(
      `(?<s>${L})?(?:联合(?<s2>${L})|携手(?<s3>${L}))?(?:共同)?(?:设立|成立|组建|共建|发起|创建|新建|打造|建设)(?:了)?${gap(14)}(?<t>${E})`,
    ),
    source: "s",
    target: "t",
    targetTypes: ["Fund", "Institution", "Park", "Company"],
  },
  {
    // 浙江星博生物科技有限公司…拿到200万元天使投资引导基金: a company receiving a fund's money.
    id: "invested.received",
    type: "INVESTED_IN",
    pattern: rx(`(?<t>${E})${clauses(14)}(?:拿到|获得|获|引入|引进)(?:了)?${gap(8)}(?<s>${E})`),
    source: "s",
    target: "t",
    sourceTypes: ["Fund"],
    targetTypes: ["Company"],
  },
  {
    id: "invested",
    type: "INVESTED_IN",
    pattern: rx(`(?<s>${E})?${gap(6)}(?:投资|领投|跟投|参投|注资|入股)(?:了)?(?<t>${L})`),
    source: "s",
    target: "t",
    targetTypes: ["Company", "Fund", "Program"],
  },
  {
    // 位于甬江科创区的甬江实验室材料分析与检测中心: the place comes first, the located name after 的.
    id: "located.attributive",
    type: "LOCATED_IN",
    pattern: rx(`(?:位于|坐落于|地处|落户(?:在|于)?|入驻)(?<t>${E})的(?<s>${E})`),
    source: "s",
    target: "t",
    targetTypes: ["Park", "Region"],
  },
  {
    id: "part-of.owner",
    type: "PART_OF",
    pattern: rx(`(?<t>${E})(?:旗下|下属|所属|全资子公司|控股子公司|子公司)(?:的)?(?<s>${E})`),
    source: "s",
    target: "t",
    targetTypes: ["Institution", "Company", "Fund", "Park"],
  },
  {
    id: "part-of.is",
    type: "PART_OF",
    pattern: rx(
      `(?<s>${E})(?:是|为)(?<t>${E})(?:的)?(?:全资|控股)?(?:子公司|下属企业|分公司|分支机构|直属单位)`,
    ),
    source: "s",
    target: "t",
  },
  {
    id: "hosts.attributive",
    type: "HOSTS",
    pattern: rx(`(?<s>${E})(?:主办|举办|承办)的(?<t>${E})`),
    source: "s",
    target: "t",
    targetTypes: ["Event"],
  },
  {
    id: "located",
    type: "LOCATED_IN",
    pattern: rx(
      `(?<s>${E})?${gap(6)}(?:落户|位于|坐落于|地处|入驻|落地|扎根|集聚)(?:于|在|到)?(?<t>${E})(?!的${E})`,
    ),
    source: "s",
    target: "t",
    targetTypes: ["Park", "Region"],
  },
  {
    id: "located.in-set-up",
    type: "LOCATED_IN",
    pattern: rx(`在(?<t>${E})${gap(4)}(?:设立|成立|建设|建立|新建|落地)(?:了)?${gap(10)}(?<s>${E})`),
    source: "s",
    target: "t",
    targetTypes: ["Park", "Region"],
  },
  {
    id: "signed",
    type: "SIGNED_WITH",
    // 签约共建X: X is what the parties build, not a party (the build verb reads it as ESTABLISHED).
    pattern: rx(`(?<s>${E})?${gap(4)}(?:签约|签署|签订)(?:落户)?${gapWithout(10, BUILD_VERBS)}(?<t>${L})`),
    source: "s",
    target: "t",
  },
  {
    id: "signed.with",
    type: "SIGNED_WITH",
    pattern: rx(`(?<s>${E})(?:与|和|同)(?<t>${L})${gap(4)}(?:签约|签署|签订)`),
    source: "s",
    target: "t",
  },
  {
    id: "leads",
    type: "LEADS",
    pattern: rx(`(?<s>${E})?${gap(4)}牵头(?:组建|建设|成立|实施|承担|打造)?${gap(8)}(?<t>${E})`),
    source: "s",
    target: "t",
  },
  {
    id: "hosts",
    type: "HOSTS",
    pattern: rx(`(?<s>${E})?${gap(6)}(?:举办|主办|承办|举行|召开)(?:了)?${gap(6)}(?<t>${E})`),
    source: "s",
    target: "t",
    targetTypes: ["Event"],
  },
  {
    id: "issued",
    type: "ISSUED",
    pattern: rx(
      `(?<s>${E})?${gap(6)}(?:出台|印发|发布|公布|实施|制定|推出|启动|提出要?|首创|开展)(?:实施)?(?:了)?${gap(4)}(?<t>${L})`,
    ),
    source: "s",
    target: "t",
    targetTypes: ["Program"],
  },
  {
    id: "participates",
    type: "PARTICIPATES_IN",
    pattern: rx(
      `(?<s>${E})?${gap(8)}(?:入选|获批|获评|列入|荣获|获得?|跻身|上榜|参与|参加|承担)(?:了)?${gap(8)}(?<t>${E})`,
    ),
    source: "s",
    target: "t",
    targetTypes: ["Program", "Event"],
  },
  {
    // “2020年度国家级科技企业孵化器”名单，复旦杭州湾科创园榜上有名: the list first, the one on it after.
    id: "participates.on-list",
    type: "PARTICIPATES_IN",
    pattern: rx(`(?<t>${E})[”"]?[，,]?(?<s>${L})(?:榜上有名|名列其中|位列其中|入选)`),
    source: "s",
    target: "t",
    targetTypes: ["Program"],
  },
  {
    // 宁波柔创纳米科技有限公司申报的“…项目”: the applicant leads the project.
    id: "leads.applied",
    type: "LEADS",
    pattern: rx(`(?<s>${E})(?:申报|承担|主持)(?:的)?[“"]?(?<t>${E})`),
    source: "s",
    target: "t",
    targetTypes: ["Program"],
  },
  {
    // 在“2024世界设计之都大会”上亮相: whoever shows there takes part in the event.
    id: "participates.shown",
    type: "PARTICIPATES_IN",
    pattern: rx(`在[“"]?(?<t>${E})[”"]?上?(?:亮相|展出|参展|发布)`),
    source: "subject",
    target: "t",
    targetTypes: ["Event"],
  },
  {
    // 由工银投资联合宁波通商基金设立, the thing set up named before the clause (the subject).
    id: "established.by-subject",
    type: "ESTABLISHED",
    pattern: rx(
      `(?:^|[，,])由(?<s>${L})(?:牵头)?[，,]?(?:联合(?<s2>${L}))?等?(?:共同)?(?:共建|组建|设立|成立|发起|创建)`,
    ),
    source: "s",
    target: "subject",
  },
  {
    id: "learns",
    type: "LEARNS_FROM",
    pattern: rx(`(?<s>${E})?${gap(6)}(?:对标|借鉴|学习|对标学习|参考|效仿)(?:了)?(?<t>${L})`),
    source: "s",
    target: "t",
  },
  {
    id: "learns.worth",
    type: "LEARNS_FROM",
    pattern: rx(`值得(?<s>${E})${gap(4)}(?:学习|借鉴)`),
    source: "s",
    target: "subject",
  },
  {
    id: "collaborates",
    type: "COLLABORATES_WITH",
    pattern: rx(`(?<s>${E})(?:与|和|同|携手)(?<t>${L})${gap(4)}(?:签署|达成|开展|深化|共建|合作|联合|共同)`),
    source: "s",
    target: "t",
  },
  {
    id: "supports",
    type: "SUPPORTS",
    pattern: rx(`(?<s>${E})?${gap(6)}(?:支持|扶持|服务|助力|赋能|帮扶|支援|对口支援)(?:了)?(?<t>${L})`),
    source: "s",
    target: "t",
  },
  {
    id: "funds.received",
    type: "FUNDS",
    pattern: rx(`(?<t>${E})${gap(6)}获(?:得)?(?<s>${E})${gap(8)}(?:资助|补助|资金支持|奖励)`),
    source: "s",
    target: "t",
  },
  {
    // 为崔平颁发聘书，聘任其为甬江实验室主任: 其 is the person just named.
    id: "heads.appointed-pronoun",
    type: "HEADS",
    pattern: rx(`(?<s>${E})${gap(6)}[，,]?(?:聘任|聘请|任命)其为(?<t>${E})`),
    source: "s",
    target: "t",
    sourceTypes: ["Person"],
    targetTypes: ["Institution", "Company", "Fund", "Park"],
  },
  {
    id: "heads.appointed",
    type: "HEADS",
    pattern: rx(`(?<o>${E})?${gap(4)}(?:聘任|聘请|任命)(?<s>${E})为(?<t>${E})?`),
    source: "s",
    target: "t",
    targetTypes: ["Institution", "Company", "Fund", "Park"],
  },
  {
    id: "listed",
    type: "LISTED_ON",
    pattern: rx(`(?<s>${E})?${gap(6)}在(?<t>${E})${gap(4)}上市`),
    source: "s",
    target: "t",
  },
  {
    id: "heads",
    type: "HEADS",
    // 宁波中科院创客空间部门负责人黄国炎: a unit word may stand between the body and the role.
    pattern: rx(`(?<t>${E})(?:部门|团队|办公室)?(?:${HEAD_ROLES})(?<s>${E})`),
    source: "s",
    target: "t",
    targetTypes: ["Institution", "Company", "Fund", "Park"],
  },
  {
    id: "manages",
    type: "MANAGES",
    pattern: rx(`(?<s>${E})(?:负责)?(?:管理|运营)(?:的)?(?<t>${E})`),
    source: "s",
    target: "t",
  },
];
