// The rules written against the development set (data/eval/dev), each on a sentence from it:
// kinds are not names, kinds and quotations cut off a name's left, new suffixes, relations from
// what a sentence states (and none from a place inside a name), the zone's committee, lists that
// are a known rating. Never an example from the unseen set.
import { describe, expect, it } from "vitest";
import type { EntityRecord } from "../../src/model/records.js";
import type { Mention } from "../../src/extract/mentions.js";
import { fullWidthPunctuation } from "../../src/extract/punctuation.js";
import { extractWith, knownEntity } from "./extract-lac.js";

const entity = knownEntity;

const KNOWN: EntityRecord[] = [
  entity("ningbo", "Region", "City", "宁波市", ["宁波"]),
  entity("ningbo-high-tech-zone", "Park", "HighTechZone", "宁波高新技术产业开发区", ["宁波高新区"]),
  entity("ningbo-science-and-technology-bureau", "Institution", "GovernmentBody", "宁波市科学技术局"),
  entity("national-tech-business-incubator", "Program", "List", "国家级科技企业孵化器"),
];
const COMMITTEE = entity(
  "ningbo-high-tech-zone-management-committee",
  "Institution",
  "GovernmentBody",
  "宁波高新技术产业开发区管理委员会",
);

const idOf = (m: Mention): string => m.known ?? m.proposal?.id ?? m.fullName ?? m.text;

async function names(text: string, known = KNOWN): Promise<string[]> {
  return (await extractWith(text, known)).mentions.map((m) => m.fullName ?? m.text);
}
async function triples(text: string, known = KNOWN): Promise<string[]> {
  return (await extractWith(text, known)).relations.map(
    (r) => `${idOf(r.source)} ${r.type} ${idOf(r.target)}`,
  );
}

describe("ASCII punctuation of reprinted pages", () => {
  it("reads , : ; ( ) ! ? as full-width, offsets kept, digits and Latin words left alone", () => {
    const text = "园区现有面积约2万平方米,入驻率95%以上(一期):1,000家, 08:30 A, B";
    const read = fullWidthPunctuation(text);
    expect(read).toBe("园区现有面积约2万平方米，入驻率95%以上（一期）：1,000家， 08:30 A, B");
    expect(read.length).toBe(text.length);
  });
});

describe("kinds are not names", () => {
  it("drops a body named after a count or a rank", async () => {
    const found = await names("只有55平方公里,却拥有5家院士工作站、9家市级以上企业研究院。");
    expect(found).not.toContain("企业研究院");
    const only = await names("复旦杭州湾科创园榜上有名,成为年度宁波唯一入选的科技企业孵化器。");
    expect(only).toContain("复旦杭州湾科创园");
    expect(only).not.toContain("科技企业孵化器");
  });

  it("drops a zone word that an attribute describes (自主创新的引领区)", async () => {
    const found = await names("通过建设自主创新的引领区、科技创业的核心区,高新区将加快发展。");
    expect(found).not.toContain("引领区");
    expect(found).not.toContain("核心区");
  });

  it("reads 奖励 and 颁奖会议 as words, not awards", async () => {
    expect((await names("对人才企业,最高给予1000万元奖励。")).filter((n) => n.includes("奖"))).toEqual([]);
    expect(
      (await names("在2020创业创新风云榜颁奖会议上,甬江实验室揭牌成立。")).filter((n) => n.includes("奖")),
    ).toEqual([]);
  });

  it("drops a generic head LAC tags ORG (初创公司)", async () => {
    expect(await names("初创公司用创新券抵消使用费用,无成本就能拿出样品。")).not.toContain("初创公司");
  });
});

describe("a name's left edge", () => {
  it("cuts a kind of body written before the name", async () => {
    expect(await names("不久前,园区企业宁波柔创纳米科技有限公司申报的项目获奖。")).toContain(
      "宁波柔创纳米科技有限公司",
    );
    const park = await names("日前,国家级众创空间复旦杭州湾科创园开园。");
    expect(park).toContain("复旦杭州湾科创园");
    expect(park).not.toContain("国家级众创空间复旦杭州湾科创园");
  });

  it("starts after a quotation that ends a sentence (。”)", async () => {
    expect(await names("“仅2020年,园区就新增科技型企业42家。”复旦杭州湾科创园负责人说。")).toContain(
      "复旦杭州湾科创园",
    );
  });

  it("keeps 部门 out of a named body's name, and heads the body", async () => {
    const text = "“宁波有小家电产业集群。”宁波中科院创客空间部门负责人黄国炎介绍。";
    expect(await names(text)).toContain("宁波中科院创客空间");
    expect(await triples(text)).toContain("黄国炎 HEADS 宁波中科院创客空间");
  });
});

describe("a list item LAC reads only in part", () => {
  it("is the whole item (康龙 in …、康龙化成、…)", async () => {
    const found = await names(
      "经过多年努力,吉利汽车研发中心、康龙化成、复旦杭州湾科创园等科研平台纷至沓来。",
    );
    expect(found).toContain("康龙化成");
    expect(found).not.toContain("康龙");
  });
});

describe("suffixes found on the development set", () => {
  it("types towns, R&D parks, special funds and newspapers", async () => {
    const mentions = (
      await extractWith(
        "甬江实验室位于宁波镇海新材料小镇。这两个平台都位于宁波研发园内。管委会设立了5000万元创业孵化专项资金。来源:宁波日报",
        KNOWN,
      )
    ).mentions;
    const typeOf = (name: string): string | undefined =>
      mentions.find((m) => (m.fullName ?? m.text) === name)?.type;
    expect(typeOf("宁波镇海新材料小镇")).toBe("Park");
    expect(typeOf("宁波研发园")).toBe("Park");
    expect(typeOf("创业孵化专项资金")).toBe("Fund");
    expect(typeOf("宁波日报")).toBe("Institution");
  });
});

describe("relations from what the sentence states", () => {
  it("implies no LOCATED_IN from a place inside a name", async () => {
    const result = await extractWith("宁波市国家高新区又称为新材料科技城,宁波对新材料产业信心满满。", KNOWN);
    expect(result.mentions.find((m) => m.text === "宁波市国家高新区")?.nested).toContain("ningbo");
    expect(result.relations.filter((r) => r.type === "LOCATED_IN")).toEqual([]);
  });

  it("reads 是…打造的 as the builder establishing it", async () => {
    expect(await triples("复旦杭州湾科创园是复旦大学宁波研究院打造的孵化和产业加速平台。")).toContain(
      "复旦大学宁波研究院 ESTABLISHED 复旦杭州湾科创园",
    );
  });

  it("reads a company receiving a fund's money as the fund investing in it", async () => {
    expect(
      await triples("2014年,浙江星博生物科技有限公司在最困难的时候,拿到200万元天使投资引导基金。"),
    ).toContain("天使投资引导基金 INVESTED_IN 浙江星博生物科技有限公司");
  });

  it("reads 聘任其为…主任 as the person just named heading the body", async () => {
    const text = "市长裘东耀为中科院宁波材料所原所长崔平颁发聘书,聘任其为甬江实验室主任。";
    const found = await triples(text);
    expect(found).toContain("崔平 HEADS 甬江实验室");
    expect(found).not.toContain("裘东耀 HEADS 甬江实验室");
  });

  it("reads 启动 as issuing a programme", async () => {
    expect(await triples("今年起,宁波国家高新区启动了一项“瞪羚计划”,力争每年培育3至5家企业。")).toContain(
      "ningbo-high-tech-zone ISSUED 瞪羚计划",
    );
  });

  it("reads a quoted name after 推出 as a programme the body issues", async () => {
    expect(
      await triples("为扶持创新,宁波市国家高新区安排1000万元创新券,并推出“高新人才9策24条”。"),
    ).toContain("ningbo-high-tech-zone ISSUED 高新人才9策24条");
  });

  it("reads 申报 as the applicant leading the project", async () => {
    expect(
      await triples("宁波柔创纳米科技有限公司申报的“超级电容器用纳米纤维隔膜国产化项目”获奖。"),
    ).toContain("宁波柔创纳米科技有限公司 LEADS 超级电容器用纳米纤维隔膜国产化项目");
  });

  it("carries no topic into a clause that opens with a demonstrative", async () => {
    const text = "宁波高新区建成宁波创新港。这两个创新平台都位于宁波研发园内。";
    expect(await triples(text)).not.toContain("ningbo-high-tech-zone LOCATED_IN 宁波研发园");
  });
});

describe("the zone's committee", () => {
  it("manages the zone whose name it opens with", async () => {
    const found = await triples(
      "宁波市国家高新区安排1000万元创新券。“整个高新区就是一个孵化器。”宁波市国家高新区管委会副主任杨正平说。",
    );
    expect(found).toContain("宁波市国家高新区管委会 MANAGES ningbo-high-tech-zone");
    expect(found).not.toContain("宁波市国家高新区管委会 LOCATED_IN ningbo-high-tech-zone");
  });

  it("is the lone 管委会 of a text on the zone, proposed for review", async () => {
    const text =
      "宁波高新区全力打造新引擎。今年起,宁波国家高新区启动了一项计划,管委会设立了5000万元创业孵化专项资金。";
    const result = await extractWith(text, [...KNOWN, COMMITTEE]);
    const committee = result.mentions.find((m) => m.text === "管委会");
    expect(committee?.proposal?.id).toBe(COMMITTEE.id);
    expect(result.relations.map((r) => `${idOf(r.source)} ${r.type} ${idOf(r.target)}`)).toContain(
      `${COMMITTEE.id} ESTABLISHED 创业孵化专项资金`,
    );
  });
});

describe("a year's list of a known rating", () => {
  it("links to the rating, which its issuer publishes and its members are on", async () => {
    const found = await triples(
      "日前,科技部火炬中心公布了“2020年度国家级科技企业孵化器”名单,复旦杭州湾科创园榜上有名。",
    );
    expect(found).toContain("科技部火炬中心 ISSUED national-tech-business-incubator");
    expect(found).toContain("复旦杭州湾科创园 PARTICIPATES_IN national-tech-business-incubator");
    expect(found).not.toContain("national-tech-business-incubator PART_OF national-tech-business-incubator");
  });
});
