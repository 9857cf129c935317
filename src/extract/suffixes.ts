// The typed suffix lexicon for Chinese organisation and programme names: the right boundary of a
// name is its suffix, and the suffix says the type. Longest suffix wins (集团有限公司 over 公司).
import type { EntityType } from "../model/vocabulary.js";

export interface SuffixRule {
  suffix: string;
  type: EntityType;
  subtype: string;
  /** Shortest head (text before the suffix) accepted; single-character suffixes need longer heads. */
  minHead: number;
  /** Common words as suffixes (改革, 机制): the name must be quoted, or its head at least 4 characters. */
  weak?: boolean;
  /** Short brand names (激智科技): the name is a two-character head plus the suffix, and stands alone. */
  brand?: boolean;
}

const rule = (type: EntityType, subtype: string, minHead: number, ...suffixes: string[]): SuffixRule[] =>
  suffixes.map((suffix) => ({ suffix, type, subtype, minHead }));

const brand = (r: SuffixRule): SuffixRule => ({ ...r, brand: true });
const weak = (r: SuffixRule): SuffixRule => ({ ...r, weak: true });

const RULES: SuffixRule[] = [
  ...rule("Company", "Company", 2, "股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司"),
  ...rule("Company", "Company", 2, "科技", "电器", "实业", "光学", "智能").map(brand),
  ...rule("Company", "Group", 2, "集团"),
  ...rule("Company", "Bank", 2, "银行", "分行", "支行"),
  ...rule("Company", "InvestmentFirm", 2, "证券"),
  ...rule("Company", "InvestmentFirm", 2, "创投", "资本").map(brand),
  ...rule("Company", "Exchange", 2, "交易所"),
  ...rule("Fund", "GuidanceFund", 2, "引导基金", "母基金"),
  ...rule("Fund", "JointFund", 2, "联合基金"),
  ...rule("Fund", "EquityFund", 2, "股权投资基金", "产业基金", "投资基金", "基金"),
  ...rule("Fund", "RiskPool", 2, "风险池"),
  ...rule("Fund", "GuidanceFund", 2, "专项资金"),
  ...rule("Institution", "ResearchInstitute", 2, "研究院", "研究所", "研究中心"),
  ...rule("Institution", "Laboratory", 2, "实验室"),
  ...rule("Institution", "University", 2, "大学", "学院"),
  ...rule("Institution", "InnovationCenter", 2, "创新中心", "技术创新中心", "制造业创新中心"),
  ...rule("Institution", "ServicePlatform", 4, "中心"),
  ...rule("Institution", "ServicePlatform", 2, "大市场", "服务平台", "开放平台", "数字平台"),
  ...rule(
    "Institution",
    "GovernmentBody",
    2,
    "管理委员会",
    "管委会",
    "委员会",
    "人民政府",
    "政府",
    "领导小组",
    "指挥部",
    "部门",
  ),
  ...rule("Institution", "GovernmentBody", 3, "局", "厅", "委"),
  ...rule("Institution", "ThinkTank", 2, "智库", "书院"),
  ...rule("Institution", "Association", 2, "协会", "商会", "联盟", "学会"),
  ...rule("Institution", "Hospital", 2, "医院"),
  ...rule("Institution", "Media", 2, "日报", "晚报", "报社", "电视台"),
  ...rule("Institution", "ServicePlatform", 2, "创新港"),
  ...rule("Park", "HighTechZone", 2, "高新技术产业开发区", "高新区"),
  ...rule("Park", "InnovationZone", 2, "新区", "科创园", "科创区", "试验区", "示范区", "先导区", "科学城"),
  ...rule("Park", "SoftwarePark", 2, "软件园"),
  ...rule(
    "Park",
    "IndustrialPark",
    2,
    "产业园",
    "工业园",
    "园区",
    "集聚区",
    "开发区",
    "产业基地",
    "养殖基地",
    "研发园",
    "科技园",
    "创业园",
    "小镇",
    "街区",
  ),
  ...rule("Park", "Incubator", 2, "孵化器", "众创空间", "创客空间"),
  ...rule("Region", "Province", 2, "自治区"),
  ...rule("Region", "Province", 1, "省"),
  ...rule("Region", "City", 1, "市", "州"),
  ...rule("Region", "City", 2, "地区", "湾区"),
  ...rule("Region", "County", 1, "县"),
  ...rule("Region", "District", 2, "区"),
  ...rule("Region", "Town", 2, "镇", "村", "街道"),
  ...rule("Program", "Plan", 2, "计划", "行动"),
  ...rule("Program", "Plan", 4, "规划", "战略").map(weak),
  ...rule("Program", "Project", 4, "项目", "工程", "专项").map(weak),
  ...rule("Program", "Policy", 4, "改革", "机制", "办法", "模式", "试点").map(weak),
  ...rule("Program", "List", 2, "名单", "榜单", "清单", "50强", "30强", "500强", "冠军", "小巨人"),
  ...rule("Program", "List", 4, "集群", "工厂").map(weak),
  ...rule("Program", "Award", 4, "奖", "大奖"),
  ...rule("Event", "Conference", 2, "大会", "论坛", "峰会", "仪式"),
  ...rule("Event", "Fair", 2, "博览会", "博会", "交易会", "对接会", "对接活动"),
  ...rule("Event", "Competition", 2, "大赛", "挑战赛", "运动会"),
  // 亚运会, 奥运会: a one-character head before 运会 is the usual short form of a games' name.
  ...rule("Event", "Competition", 1, "运会"),
];

/** Every rule, longest suffix first, so the first rule that matches a position is the longest. */
export const SUFFIX_RULES: readonly SuffixRule[] = [...RULES].sort(
  (a, b) => b.suffix.length - a.suffix.length,
);
