// The entity and relation vocabulary: defined once here and used by the validator, the loader,
// the API's allow-list, the legend and the README table.

/** Entity types; each becomes a Neo4j label beside `:Entity`. */
export const ENTITY_TYPES = [
  "Institution",
  "Company",
  "Fund",
  "Park",
  "Region",
  "Program",
  "Event",
  "Person",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * The context types: Regions and Programmes link to most of the graph (宁波市 alone to 131 of 231), so
 * the explorer opens with them switched off, on the core ecosystem, and the user switches them on
 * (docs/hub-layout.md measures why). In ENTITY_TYPES order.
 */
export const CONTEXT_TYPES = ["Region", "Program"] as const satisfies readonly EntityType[];

export interface EntityTypeInfo {
  zh: string;
  en: string;
  colour: string;
  /** Subtypes the data may use; the validator rejects anything else. */
  subtypes: readonly string[];
}

export const ENTITY_TYPE_INFO: Record<EntityType, EntityTypeInfo> = {
  Institution: {
    zh: "机构",
    en: "Institution",
    colour: "#4e79a7",
    subtypes: [
      "GovernmentBody",
      "ResearchInstitute",
      "Laboratory",
      "University",
      "InnovationCenter",
      "ServicePlatform",
      "ThinkTank",
      "Association",
      "Hospital",
      "Media",
    ],
  },
  Company: {
    zh: "企业",
    en: "Company",
    colour: "#e15759",
    subtypes: ["Company", "Bank", "InvestmentFirm", "Group", "Exchange"],
  },
  Fund: {
    zh: "基金",
    en: "Fund",
    colour: "#f28e2b",
    subtypes: ["EquityFund", "GuidanceFund", "JointFund", "RiskPool"],
  },
  Park: {
    zh: "园区",
    en: "Park",
    colour: "#59a14f",
    subtypes: ["HighTechZone", "InnovationZone", "SoftwarePark", "IndustrialPark", "LaunchSite", "Incubator"],
  },
  Region: {
    zh: "地区",
    en: "Region",
    colour: "#9c755f",
    subtypes: ["City", "District", "County", "Province", "Country", "Town", "EconomicArea"],
  },
  Program: {
    zh: "项目",
    en: "Program",
    colour: "#b07aa1",
    subtypes: ["Plan", "Policy", "Project", "Award", "List"],
  },
  Event: { zh: "活动", en: "Event", colour: "#76b7b2", subtypes: ["Fair", "Conference", "Competition"] },
  Person: { zh: "人物", en: "Person", colour: "#edc948", subtypes: ["Person"] },
};

/** Relationship types; direction reads as a sentence, source first. */
export const RELATION_TYPES = [
  "ESTABLISHED",
  "INVESTED_IN",
  "MANAGES",
  "INCUBATED",
  "PART_OF",
  "LOCATED_IN",
  "OPERATES",
  "COLLABORATES_WITH",
  "SUPPLIES",
  "LEADS",
  "PARTICIPATES_IN",
  "SUPPORTS",
  "FUNDS",
  "SIGNED_WITH",
  "HEADS",
  "HOSTS",
  "ISSUED",
  "LISTED_ON",
  "LEARNS_FROM",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export interface RelationTypeInfo {
  zh: string;
  en: string;
  meaning: string;
  colour: string;
  /** False for symmetric relations, drawn without an arrow. */
  directed: boolean;
}

export const RELATION_TYPE_INFO: Record<RelationType, RelationTypeInfo> = {
  ESTABLISHED: {
    zh: "设立",
    en: "established",
    meaning: "founder sets up a fund, centre, institute, platform",
    colour: "#d62728",
    directed: true,
  },
  INVESTED_IN: {
    zh: "投资",
    en: "invested in",
    meaning: "investor or fund invests in a company or fund",
    colour: "#ff7f0e",
    directed: true,
  },
  MANAGES: {
    zh: "管理",
    en: "manages",
    meaning: "manager runs a fund, park or platform",
    colour: "#8c564b",
    directed: true,
  },
  INCUBATED: {
    zh: "孵化",
    en: "incubated",
    meaning: "incubator incubates a company",
    colour: "#2ca02c",
    directed: true,
  },
  PART_OF: {
    zh: "隶属",
    en: "part of",
    meaning: "branch, unit, subsidiary or sub-zone of a parent",
    colour: "#7f7f7f",
    directed: true,
  },
  LOCATED_IN: {
    zh: "位于",
    en: "located in",
    meaning: "entity sits in a park, district or city",
    colour: "#bcbd22",
    directed: true,
  },
  OPERATES: {
    zh: "运营",
    en: "operates",
    meaning: "operator runs a market or platform",
    colour: "#17becf",
    directed: true,
  },
  COLLABORATES_WITH: {
    zh: "合作",
    en: "collaborates with",
    meaning: "partners, co-organisers (no direction)",
    colour: "#1f77b4",
    directed: false,
  },
  SUPPLIES: {
    zh: "供应",
    en: "supplies",
    meaning: "technology or product deployed at a customer",
    colour: "#9467bd",
    directed: true,
  },
  LEADS: {
    zh: "牵头",
    en: "leads",
    meaning: "leads a consortium, program or project",
    colour: "#e377c2",
    directed: true,
  },
  PARTICIPATES_IN: {
    zh: "参与",
    en: "participates in",
    meaning: "takes part in a program, event or list",
    colour: "#aec7e8",
    directed: true,
  },
  SUPPORTS: {
    zh: "支持",
    en: "supports",
    meaning: "policy, assistance or services to a beneficiary",
    colour: "#98df8a",
    directed: true,
  },
  FUNDS: {
    zh: "资助",
    en: "funds",
    meaning: "grants, loans or subsidies to a recipient",
    colour: "#ffbb78",
    directed: true,
  },
  SIGNED_WITH: {
    zh: "签约",
    en: "signed with",
    meaning: "signs an agreement or HQ deal with",
    colour: "#c5b0d5",
    directed: true,
  },
  HEADS: {
    zh: "负责",
    en: "heads",
    meaning: "person leads an organisation",
    colour: "#c49c94",
    directed: true,
  },
  HOSTS: {
    zh: "举办",
    en: "hosts",
    meaning: "organiser holds an event or fair",
    colour: "#f7b6d2",
    directed: true,
  },
  ISSUED: {
    zh: "出台 / 实施",
    en: "issued",
    meaning: "body issues or implements a plan, policy or agreement",
    colour: "#dbdb8d",
    directed: true,
  },
  LISTED_ON: {
    zh: "上市",
    en: "listed on",
    meaning: "company lists on an exchange",
    colour: "#9edae5",
    directed: true,
  },
  LEARNS_FROM: {
    zh: "借鉴 / 对标",
    en: "learns from",
    meaning: "a city or body takes another as its model",
    colour: "#393b79",
    directed: true,
  },
};

export const CERTAINTIES = ["explicit", "implied"] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}
