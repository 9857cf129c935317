// The statistical layer and what rests on it: the CRF decode and BIO grouping (on a hand-made
// transition matrix), the .npy reader, the traditional-script mapping, linking by normal form, and
// relations read from LAC spans, on the real model.
import { describe, expect, it } from "vitest";
import { groupBio, viterbi } from "../../src/extract/lac/crf.js";
import { parseNpyMatrix } from "../../src/extract/lac/npy.js";
import { homeOf, linkByNormalForm, normalForm } from "../../src/extract/linking.js";
import { bareOrganisation } from "../../src/extract/ner.js";
import { toSimplified, toTraditional } from "../../src/extract/script.js";
import type { EntityRecord } from "../../src/model/records.js";
import { extractWith, knownEntity } from "./extract-lac.js";

const entity = knownEntity;

const KNOWN: EntityRecord[] = [
  entity("ningbo", "Region", "City", "宁波市", ["宁波"]),
  entity("ningbo-high-tech-zone", "Park", "HighTechZone", "宁波高新技术产业开发区", ["宁波高新区"]),
  entity("yongjiang-lab", "Institution", "Laboratory", "甬江实验室"),
  entity("ningbo-municipal-government", "Institution", "GovernmentBody", "宁波市政府"),
];

describe("CRF decode", () => {
  // Two tags; tag 0 scores best at every position, but 0 -> 0 is forbidden by the transitions.
  const transitions = { rows: 2, cols: 2, data: Float32Array.from([-10, 0, 0, 0]) };
  it("finds the best path over the transitions, not the best tag per position", () => {
    const emissions = Float32Array.from([1, 0, 1, 0, 1, 0]);
    expect(viterbi(emissions, 3, transitions)).toEqual([0, 1, 0]);
    expect(viterbi(Float32Array.from([0, 2]), 1, transitions)).toEqual([1]);
    expect(viterbi(new Float32Array(0), 0, transitions)).toEqual([]);
  });

  it("groups -B/-I tags into words with offsets", () => {
    const text = "甬江实验室成立";
    const chars = [...text].map((_, i) => ({ start: i, end: i + 1 }));
    const tags = ["ORG-B", "ORG-I", "v-B", "v-I"];
    const tokens = groupBio(chars, text, [0, 1, 1, 1, 1, 2, 3], (id) => tags[id] ?? "O");
    expect(tokens).toEqual([
      { start: 0, end: 5, text: "甬江实验室", tag: "ORG" },
      { start: 5, end: 7, text: "成立", tag: "v" },
    ]);
  });

  it("reads a float32 .npy matrix", () => {
    const header = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }".padEnd(117, " ") + "\n";
    const bytes = new Uint8Array(10 + header.length + 16);
    bytes.set([0x93, ...new TextEncoder().encode("NUMPY"), 1, 0, header.length, 0]);
    bytes.set(new TextEncoder().encode(header), 10);
    new DataView(bytes.buffer).setFloat32(10 + header.length + 8, -1.5, true);
    const m = parseNpyMatrix(bytes);
    expect([m.rows, m.cols, m.data[2]]).toEqual([2, 2, -1.5]);
    expect(() => parseNpyMatrix(new Uint8Array(16))).toThrow(/magic/);
  });
});

describe("traditional script", () => {
  it("converts for analysis with the same offsets, both ways", () => {
    const text = "甬江實驗室由寧波市人民政府牽頭組建，後台數據";
    const simplified = toSimplified(text);
    expect(simplified).toBe("甬江实验室由宁波市人民政府牵头组建，后台数据");
    expect(simplified).toHaveLength(text.length);
    expect(toTraditional(simplified)).toHaveLength(simplified.length);
  });

  it("links 甬江實驗室 and 寧波 to the known entities and quotes the traditional sentence verbatim", async () => {
    const text = "甬江實驗室由寧波市政府牽頭組建。寧波加快發展。";
    const result = await extractWith(text, KNOWN);
    const known = result.mentions.filter((m) => m.known).map((m) => `${m.known}:${m.text}`);
    expect(known).toEqual(
      expect.arrayContaining([
        "yongjiang-lab:甬江實驗室",
        "ningbo-municipal-government:寧波市政府",
        "ningbo:寧波",
      ]),
    );
    expect(result.candidates.entities.filter((e) => e.status === "new")).toEqual([]);
    expect(result.candidates.relations.length).toBeGreaterThan(0);
    for (const r of result.candidates.relations) expect(text).toContain(r.quote);
    expect(result.candidates.relations.map((r) => r.quote)).toContain("甬江實驗室由寧波市政府牽頭組建。");
  });
});

describe("linking by normal form", () => {
  it("reads every form of the high-tech zone as the known one", () => {
    for (const form of ["宁波市国家高新区", "宁波国家高新区", "宁波高新技术产业开发区", "宁波市高新区"])
      expect(linkByNormalForm(form, KNOWN, undefined)?.entity.id, form).toBe("ningbo-high-tech-zone");
    expect(linkByNormalForm("高新区", KNOWN, undefined)).toBeUndefined();
    expect(linkByNormalForm("高新区", KNOWN, "宁波")?.reason).toContain("宁波 text");
    expect(linkByNormalForm("杭州高新区", KNOWN, "宁波")).toBeUndefined();
    expect(normalForm("宁波市国家高新区管理委员会")).toBe("宁波高新区管委会");
    expect(homeOf("宁波一。宁波二。")).toBe("宁波");
    expect(homeOf("杭州。")).toBeUndefined();
  });

  it("proposes the known zone for its other names (conflict with the reason), never a new entity", async () => {
    const text =
      "宁波高新区成立于1999年。步入宁波市高新区，整个高新区已集聚企业3000家，宁波国家高新区加快发展。";
    const { candidates } = await extractWith(text, KNOWN);
    const zoneRows = candidates.entities.filter((e) => e.proposal.startsWith("ningbo-high-tech-zone"));
    expect(zoneRows.map((e) => e.name_zh).sort()).toEqual(
      ["宁波国家高新区", "宁波市高新区", "高新区"].sort(),
    );
    for (const row of zoneRows) expect(row.status).toBe("conflict");
    expect(candidates.entities.some((e) => e.status === "new" && /高新区/.test(e.name_zh))).toBe(false);
    expect(candidates.entities.some((e) => e.name_zh.startsWith("步入"))).toBe(false);
  });
});

describe("names and relations on LAC spans", () => {
  it("keeps a place name whole (宁波杭州湾新区) and draws no relation from a place inside a word", async () => {
    const { candidates, mentions } = await extractWith("复旦杭州湾科创园已落户宁波杭州湾新区。", [
      ...KNOWN,
      entity("hangzhou", "Region", "City", "杭州市", ["杭州"]),
    ]);
    expect(mentions.map((m) => m.text)).toEqual(["复旦杭州湾科创园", "宁波杭州湾新区"]);
    const triples = candidates.relations.map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(triples.some((t) => t.includes("hangzhou"))).toBe(false);
    expect(triples).toContain(`${candidates.entities[0]!.id} LOCATED_IN ${candidates.entities[1]!.id}`);
  });

  it("finds a person after a title and the body they head", async () => {
    const { candidates } = await extractWith("宁波市政府副市长王明表示，甬江实验室主任李华出席。", KNOWN);
    const people = candidates.entities.filter((e) => e.type === "Person").map((e) => e.name_zh);
    expect(people).toEqual(expect.arrayContaining(["王明", "李华"]));
    expect(candidates.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toContain(
      "li-hua HEADS yongjiang-lab",
    );
  });

  it("proposes a LAC organisation without a known suffix (中国移动), typed by its ending", async () => {
    const { candidates } = await extractWith("今年，中国移动与甬江实验室签约，党中央作出部署。", KNOWN);
    const named = candidates.entities.map((e) => `${e.type} ${e.name_zh} ${e.rule}`);
    expect(named).toContain("Company 中国移动 ner:ORG-bare");
    expect(named).toContain("Institution 党中央 ner:ORG-bare");
    expect(bareOrganisation("新时代")).toBeUndefined();
    expect(bareOrganisation("宁波")).toBeUndefined();
    expect(bareOrganisation("361")).toBeUndefined();
    expect(bareOrganisation("科技部")).toEqual({ type: "Institution", subtype: "GovernmentBody" });
  });

  it("reads a name that opens with another name of the document as its part (新 names too), not a version of it", async () => {
    const { candidates } = await extractWith(
      "宁波新材料科创园建设提速。宁波新材料科创园文体中心开放，宁波科技大市场3.0上线。",
      [entity("market", "Institution", "ServicePlatform", "宁波科技大市场")],
    );
    const triples = candidates.relations.map((r) => `${r.source} ${r.type} ${r.target} ${r.rule}`);
    const centre = candidates.entities.find((e) => e.name_zh === "宁波新材料科创园文体中心");
    const port = candidates.entities.find((e) => e.name_zh === "宁波新材料科创园");
    expect(centre?.status).toBe("new");
    expect(port?.type).toBe("Park");
    expect(triples).toContain(`${centre?.id} LOCATED_IN ${port?.id} nest.opening-name`);
    expect(triples.filter((t) => t.includes("nest.opening-name"))).toHaveLength(1);
  });

  it("keeps a name's one-character first word after punctuation (、均胜…研究院)", async () => {
    const { candidates } = await extractWith(
      "甬江实验室、均胜人工智能与人形机器人研究院建设取得成效。",
      KNOWN,
    );
    expect(candidates.entities.map((e) => e.name_zh)).toContain("均胜人工智能与人形机器人研究院");
  });

  it("reads a place written right before a name as qualifying it, not as a list member", async () => {
    // LAC and the place list read 四川 and 省攀西地区 as two names with nothing between them.
    const { candidates } = await extractWith("甬江实验室支持四川省攀西地区和宁波市政府。", KNOWN);
    const supported = candidates.relations.filter((r) => r.type === "SUPPORTS").map((r) => r.target);
    expect(supported).toEqual(["sheng-pan-xi-di-qu", "ningbo-municipal-government"]);
  });

  it("drops descriptions that end in a suffix (初创公司, 以上企业研究院, …相关部门)", async () => {
    const { candidates } = await extractWith("省级以上企业研究院达20家，初创公司增长迅速。", KNOWN);
    expect(candidates.entities.map((e) => e.name_zh)).toEqual([]);
    const referred = await extractWith("甬江实验室会同宁波银行总行相关部门推进。", KNOWN);
    const names = referred.candidates.entities.map((e) => e.name_zh);
    expect(names).toContain("甬江实验室");
    expect(names.some((n) => n.includes("相关"))).toBe(false);
  });

  it("reads 获得…资助 as funding, from the funder to the recipient", async () => {
    const { candidates } = await extractWith("甬江实验室获得宁波市政府1亿元资助。", KNOWN);
    expect(candidates.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toContain(
      "ningbo-municipal-government FUNDS yongjiang-lab",
    );
  });

  it("reads a quoted programme name (“种子工程”) and no signing partner in what is built (签约共建X)", async () => {
    const seed = await extractWith("镇海实施“种子工程”，扶持初创企业。", KNOWN);
    expect(seed.candidates.entities.map((e) => `${e.type} ${e.name_zh}`)).toContain("Program 种子工程");
    const signed = await extractWith("宁波市政府与复旦大学签约共建复旦杭州湾科创园。", KNOWN);
    const triples = signed.candidates.relations.map((r) => `${r.type} ${r.target}`);
    expect(triples.filter((t) => t.startsWith("SIGNED_WITH"))).toHaveLength(1);
    expect(triples.some((t) => t.startsWith("SIGNED_WITH") && t.includes("ke-chuang-yuan"))).toBe(false);
  });

  it("reads 位于X的Y as Y located in X, and 旗下 as part of", async () => {
    const known = [...KNOWN, entity("zone", "Park", "InnovationZone", "甬江科创区")];
    const located = await extractWith("位于甬江科创区的甬江实验室材料检测中心建成运行。", known);
    const triples = located.candidates.relations.map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(triples.filter((t) => t.endsWith("LOCATED_IN zone"))).toHaveLength(1);
    expect(triples.find((t) => t.endsWith("LOCATED_IN zone"))).toMatch(/^yong-jiang-shi-yan-shi-cai-liao/);
    const owned = await extractWith("宁波市政府旗下的宁波通商集团加快发展。", KNOWN);
    expect(owned.candidates.relations.map((r) => `${r.type} ${r.target}`)).toContain(
      "PART_OF ningbo-municipal-government",
    );
  });
});
