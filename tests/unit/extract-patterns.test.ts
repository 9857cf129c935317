// The extraction rules on short sentences: name patterns, list expansion, subject carry-over,
// short forms proposed for review (never merged silently), and the candidate statuses.
import { describe, expect, it } from "vitest";
import type { EntityRecord, RelationRecord } from "../../src/model/records.js";
import { isShortForm } from "../../src/extract/abbreviations.js";
import { extractWith, knownEntity } from "./extract-lac.js";
import { findPatternNames } from "../../src/extract/names.js";
import { splitClauses, splitSentences } from "../../src/extract/sentences.js";

const entity = knownEntity;

const KNOWN: EntityRecord[] = [
  entity("nwpu", "Institution", "University", "西北工业大学"),
  entity("ningbo-government", "Institution", "GovernmentBody", "宁波市人民政府"),
  entity("ningbo-high-tech-zone", "Park", "HighTechZone", "宁波高新技术产业开发区", ["宁波高新区"]),
  entity("tianjin-university", "Institution", "University", "天津大学"),
  entity("angel-fund", "Fund", "GuidanceFund", "宁波天使引导基金"),
  entity("horizon", "Company", "Company", "地平线"),
  entity("joyson-safety", "Company", "Company", "均胜安全"),
];

async function run(text: string, relations: RelationRecord[] = []) {
  return extractWith(text, KNOWN, relations);
}
const triples = async (text: string): Promise<string[]> =>
  (await run(text)).candidates.relations.map((r) => `${r.source} ${r.type} ${r.target}`);

describe("sentences", () => {
  it("splits on 。；！？ and line breaks, keeping offsets, but not inside quotes", async () => {
    const text = "甲。乙；“点、线、面”模式，丙\n丁";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(["甲。", "乙；", "“点、线、面”模式，丙", "丁"]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitClauses(sentences[2]!).map((c) => c.text)).toEqual(["“点、线、面”模式，", "丙"]);
  });
});

describe("organisation-name patterns", () => {
  const names = (text: string): string[] => findPatternNames(text).map((n) => n.name);

  it("finds names by suffix and stops at trigger verbs on the left", async () => {
    expect(names("甬江实验室由宁波市人民政府牵头组建")).toEqual(["甬江实验室", "宁波市人民政府"]);
    expect(names("近日，宁波海曙智能传感研究院正式揭牌")).toEqual(["宁波海曙智能传感研究院"]);
  });

  it("keeps protected compounds whole (天使投资 inside a fund name)", async () => {
    expect(names("设立宁波市天使投资引导基金")).toEqual(["宁波市天使投资引导基金"]);
  });

  it("gives the type from the longest suffix", async () => {
    const [fund] = findPatternNames("，区域创新发展联合基金，");
    expect(fund).toMatchObject({ name: "区域创新发展联合基金", type: "Fund", subtype: "JointFund" });
    expect(findPatternNames("，宁波工融股份有限公司，")[0]).toMatchObject({
      type: "Company",
      rule: "suffix:股份有限公司",
    });
  });

  it("rejects generic words that end in a suffix (产业布局, 全市, 该研究院)", async () => {
    expect(names("优化产业布局，居全市第一，该研究院")).toEqual([]);
  });

  it("takes common-word programme suffixes only when the name is marked (quoted, numbered, a jurisdiction's)", async () => {
    expect(names("加快推进一批强链补链项目，打造世界级产业集群")).toEqual([]);
    expect(names("打造“361”万亿级产业集群")).toEqual(["“361”万亿级产业集群"]);
    expect(names("入选国家级先进制造业集群")).toEqual(["国家级先进制造业集群"]);
  });

  it("stops a name at a count on its left, and a county at its province (两大…, 四川省凉山州越西县)", async () => {
    expect(names("新型功能材料两大国家级先进制造业集群")).toEqual(["国家级先进制造业集群"]);
    expect(names("援建四川省凉山州越西县。")).toEqual(["四川省", "凉山州", "越西县"]);
    expect(names("由鄞州区企业开发")).toEqual(["鄞州区"]);
  });

  it("keeps spaces inside quotes (“金融助科创 驱动新发展”专项行动)", async () => {
    expect(names("实施“金融助科创 驱动新发展”专项行动，")).toEqual(["“金融助科创 驱动新发展”专项行动"]);
  });

  it("reads 《…》 as a policy title", async () => {
    expect(findPatternNames("出台《科创投资基金管理办法》")[0]).toMatchObject({
      name: "科创投资基金管理办法",
      type: "Program",
    });
  });
});

describe("relation triggers", () => {
  it("由…联合…组建: each founder establishes the new institute", async () => {
    expect(await triples("海曙新材料研究院由宁波市人民政府联合西北工业大学共同组建。")).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ningbo-government ESTABLISHED /),
        expect.stringMatching(/^nwpu ESTABLISHED /),
      ]),
    );
  });

  it("expands 、 lists: 投资A、B等项目 gives one INVESTED_IN per member", async () => {
    expect(await triples("宁波天使引导基金成功投资地平线、均胜安全等项目。")).toEqual([
      "angel-fund INVESTED_IN horizon",
      "angel-fund INVESTED_IN joyson-safety",
    ]);
  });

  it("carries the sentence's subject into a later clause (X…，落户Y)", async () => {
    const result = await run("2023年，海曙新材料研究院由西北工业大学组建，落户宁波高新区。");
    const located = result.candidates.relations.find(
      (r) => r.type === "LOCATED_IN" && r.target === "ningbo-high-tech-zone",
    );
    expect(located?.source).toMatch(/^hai-shu-xin-cai-liao/);
    expect(located?.note).toContain("carried over");
  });

  it("reads 由…孵化 with the incubator as source", async () => {
    expect(await triples("地平线由宁波高新区孵化。")).toContain("ningbo-high-tech-zone INCUBATED horizon");
  });

  it("relates touching places: 四川省凉山州越西县 (PART_OF) and a body named after its place (LOCATED_IN)", async () => {
    const found = await triples("江北区援建四川省凉山州越西县。");
    expect(found.some((t) => /^liang-shan-zhou PART_OF si-chuan-sheng$/.test(t))).toBe(true);
    expect(found.some((t) => /^yue-xi-xian PART_OF liang-shan-zhou$/.test(t))).toBe(true);
  });

  it("finds common place names without a suffix (上海, 美国) and carries the paragraph's topic (学习上海)", async () => {
    const result = await run("宁波高新区加快发展。学习上海、美国，强化产业链。");
    expect(result.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(["上海", "美国"]));
    expect(result.candidates.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ningbo-high-tech-zone LEARNS_FROM shang-hai/)]),
    );
  });

  it("quotes the whole sentence, verbatim", async () => {
    const text = "前言。宁波天使引导基金成功投资地平线等项目。";
    const relations = (await run(text)).candidates.relations;
    expect(relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual([
      "angel-fund INVESTED_IN horizon",
    ]);
    for (const r of relations) expect(r.quote).toBe("宁波天使引导基金成功投资地平线等项目。");
  });
});

describe("entity resolution and statuses", () => {
  it("recognises short forms by the subsequence rule", async () => {
    expect(isShortForm("西工大", "西北工业大学")).toBe(true);
    expect(isShortForm("上海交大", "上海交通大学")).toBe(true);
    expect(isShortForm("天大", "天津大学")).toBe(true);
    expect(isShortForm("工行", "中国工商银行")).toBe(true);
    expect(isShortForm("西工院", "西北工业大学")).toBe(false);
  });

  it("proposes 西工大宁波研究院 ↔ a known institute as a conflict for review, never merging it", async () => {
    const known = [
      ...KNOWN,
      entity("nwpu-ningbo", "Institution", "ResearchInstitute", "西北工业大学宁波研究院"),
    ];
    const result = await extractWith("西工大宁波研究院获批省级平台。", known);
    const row = result.candidates.entities.find((e) => e.name_zh === "西工大宁波研究院");
    expect(row).toMatchObject({ status: "conflict" });
    expect(row?.proposal).toContain("nwpu-ningbo (西北工业大学宁波研究院)");
    expect(row?.id).not.toBe("nwpu-ningbo");
  });

  it("proposes a common short form (天大) for the known full name", async () => {
    const row = (await run("天大与宁波合作。")).candidates.entities.find((e) => e.name_zh === "天大");
    expect(row).toMatchObject({
      status: "conflict",
      proposal: expect.stringContaining("tianjin-university"),
    });
  });

  it("marks known entities and relations known, and a pair related by another type as conflict", async () => {
    const relations: RelationRecord[] = [
      {
        source: "angel-fund",
        type: "INVESTED_IN",
        target: "horizon",
        doc: "x",
        quote: "q",
        amount: "",
        date: "",
        certainty: "explicit",
        note: "",
      },
      {
        source: "angel-fund",
        type: "SUPPORTS",
        target: "joyson-safety",
        doc: "x",
        quote: "q",
        amount: "",
        date: "",
        certainty: "explicit",
        note: "",
      },
    ];
    const result = await run("宁波天使引导基金成功投资地平线、均胜安全等项目。", relations);
    expect(result.candidates.entities.every((e) => e.status === "known")).toBe(true);
    expect(result.candidates.relations.map((r) => `${r.target}:${r.status}`)).toEqual([
      "horizon:known",
      "joyson-safety:conflict",
    ]);
  });
});

describe("third-pass rules: places, events, people, listed brands", () => {
  const mentionsOf = async (text: string) =>
    (await run(text)).mentions.map((m) => `${m.type} ${m.fullName ?? m.text}`);

  it("links a district to its city when the document names both", async () => {
    expect(await triples("宁波市加快建设。海曙区援建养殖基地。")).toContain("hai-shu-qu PART_OF ning-bo-shi");
    expect((await triples("海曙区援建养殖基地。")).some((t) => t.includes("PART_OF"))).toBe(false);
  });

  it("reads event names with their verbs, year and scope", async () => {
    expect(await mentionsOf("宁波召开了全市新型工业化推进大会。")).toContain("Event 全市新型工业化推进大会");
    expect(await mentionsOf("均普智能在“2024世界设计之都大会”上亮相。")).toContain(
      "Event 2024世界设计之都大会",
    );
    expect(await mentionsOf("宁波智博会现场。")).toContain("Event 宁波智博会");
  });

  it("reads a person after a role and before a verb of saying, and who heads what", async () => {
    const text = "“中科远东负责人臧未一说，合作很顺利。";
    expect(await mentionsOf(text)).toEqual(expect.arrayContaining(["Company 中科远东", "Person 臧未一"]));
    expect(await triples(text)).toContain("zang-wei-yi HEADS zhong-ke-yuan-dong");
  });

  it("reads bare names in a list closed by 等…企业 as companies", async () => {
    expect(await mentionsOf("其中，惠之星、隔空智能等6家企业估值已超10亿元。")).toContain("Company 惠之星");
    expect(await mentionsOf("签约两家企业研发总部（吉利、东方电缆）。")).toEqual(
      expect.arrayContaining(["Company 吉利", "Company 东方电缆"]),
    );
    expect(
      (await mentionsOf("从加强顶层设计、确保政策执行等方面为中小企业护航。")).some((m) =>
        m.startsWith("Company"),
      ),
    ).toBe(false);
  });
});
