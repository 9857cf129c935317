// Concrete facts from each of the five documents, asserted through the loaded Neo4j: if a merge, a
// review or a loader change breaks what the texts say, one of these names the broken fact.
// Every query reads only the current generation (LoadState.gen), as the API does.
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { useTestNeo4j } from "./helpers.js";

const neo = useTestNeo4j();

interface Evidence {
  docs: string[];
  quotes: string[];
  certainty: string[];
  amounts: string[];
}

async function read<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await neo.driver.executeQuery(cypher, params, {
    database: neo.database,
    routing: neo4j.routing.READ,
  });
  return result.records.map((record) => record.toObject() as T);
}

/** The evidence of the relationship source-[type]->target in the current generation, or undefined. */
async function relation(source: string, type: string, target: string): Promise<Evidence | undefined> {
  const rows = await read<Evidence & { type: string }>(
    `MATCH (state:LoadState {id: 'current'})
     MATCH (a:Entity {id: $source})-[r]->(b:Entity {id: $target})
     WHERE a.gen = state.gen AND b.gen = state.gen AND type(r) = $type
     RETURN type(r) AS type, r.docs AS docs, r.quotes AS quotes, r.certainty AS certainty, r.amounts AS amounts`,
    { source, target, type },
  );
  return rows[0];
}

/** Asserts the relationship exists with evidence from `doc`, and returns that evidence. */
async function expectFact(source: string, type: string, target: string, doc: string): Promise<Evidence> {
  const evidence = await relation(source, type, target);
  expect(evidence, `${source} -[${type}]-> ${target} is missing from the graph`).toBeDefined();
  expect(evidence?.docs, `${source} -[${type}]-> ${target} has no evidence from ${doc}`).toContain(doc);
  return evidence as Evidence;
}

/** Ids of the current entities whose name_zh or one of whose aliases equals `name`. */
async function idsNamed(name: string): Promise<string[]> {
  const rows = await read<{ id: string }>(
    `MATCH (state:LoadState {id: 'current'})
     MATCH (e:Entity) WHERE e.gen = state.gen AND (e.name_zh = $name OR $name IN e.aliases)
     RETURN e.id AS id ORDER BY id`,
    { name },
  );
  return rows.map((row) => row.id);
}

describe("ningbo-new-productive-forces: ICBC's Ningbo branch and its sci-tech finance centre", () => {
  it("the Ningbo branch (part of ICBC) set up the sci-tech finance centre on 24 October and held its launch", async () => {
    await expectFact(
      "icbc-ningbo-branch",
      "ESTABLISHED",
      "icbc-ningbo-sci-tech-finance-center",
      "ningbo-new-productive-forces",
    );
    await expectFact("icbc-ningbo-branch", "PART_OF", "icbc", "ningbo-new-productive-forces");
    await expectFact(
      "icbc-ningbo-branch",
      "HOSTS",
      "icbc-ningbo-sci-tech-finance-center-launch-ceremony",
      "ningbo-new-productive-forces",
    );
    expect(await idsNamed("工行宁波市分行")).toEqual(["icbc-ningbo-branch"]);
  });

  it("ICBC Investment and Ningbo Tongshang Fund set up the ICBC New Momentum equity fund", async () => {
    for (const founder of ["icbc-financial-asset-investment", "ningbo-tongshang-fund"]) {
      await expectFact(
        founder,
        "ESTABLISHED",
        "ningbo-icbc-new-momentum-equity-investment-fund",
        "ningbo-new-productive-forces",
      );
    }
    await expectFact("icbc-financial-asset-investment", "PART_OF", "icbc", "ningbo-new-productive-forces");
  });

  it("the municipal science and technology bureau, under either name, is one entity that attended the launch", async () => {
    expect(await idsNamed("宁波市科技局")).toEqual(["ningbo-science-and-technology-bureau"]);
    expect(await idsNamed("宁波市科学技术局")).toEqual(["ningbo-science-and-technology-bureau"]);
    await expectFact(
      "ningbo-science-and-technology-bureau",
      "PARTICIPATES_IN",
      "icbc-ningbo-sci-tech-finance-center-launch-ceremony",
      "ningbo-new-productive-forces",
    );
  });
});

describe("hightech-zone-engine: the high-tech zone, its fund and its firms", () => {
  it("the zone set up a 5-billion-yuan fund of funds that invested in Horizon Robotics and Joyson Safety", async () => {
    const founded = await expectFact(
      "ningbo-high-tech-zone",
      "ESTABLISHED",
      "ningbo-high-tech-zone-sci-tech-investment-fund-of-funds",
      "hightech-zone-engine",
    );
    expect(founded.amounts).toContain("50亿元");
    await expectFact(
      "ningbo-high-tech-zone-sci-tech-investment-fund-of-funds",
      "INVESTED_IN",
      "horizon-robotics",
      "hightech-zone-engine",
    );
    await expectFact(
      "ningbo-high-tech-zone-sci-tech-investment-fund-of-funds",
      "INVESTED_IN",
      "joyson-safety",
      "hightech-zone-engine",
    );
  });

  it("Horizon Robotics (地平线) listed on the Hong Kong exchange", async () => {
    expect(await idsNamed("地平线")).toEqual(["horizon-robotics"]);
    await expectFact("horizon-robotics", "LISTED_ON", "hong-kong-stock-exchange", "hightech-zone-engine");
  });

  it("the zone is building a 1.5-billion-yuan Joyson Electronics innovation park", async () => {
    const built = await expectFact(
      "ningbo-high-tech-zone",
      "ESTABLISHED",
      "joyson-electronics-innovation-industrial-park",
      "hightech-zone-engine",
    );
    expect(built.amounts).toContain("15亿元");
  });

  it("西工大宁波研究院 and 西北工业大学宁波研究院 are one institute, in the zone, part of NWPU", async () => {
    expect(await idsNamed("西工大宁波研究院")).toEqual(["nwpu-ningbo-institute"]);
    expect(await idsNamed("西北工业大学宁波研究院")).toEqual(["nwpu-ningbo-institute"]);
    await expectFact("nwpu-ningbo-institute", "LOCATED_IN", "ningbo-high-tech-zone", "hightech-zone-engine");
    await expectFact("nwpu-ningbo-institute", "PART_OF", "nwpu", "hightech-zone-engine");
    // Named in four documents, it is one node with evidence from several of them.
    const mentions = await read<{ n: number }>(
      `MATCH (state:LoadState {id: 'current'})
       MATCH (d:Document)-[:MENTIONS]->(e:Entity {id: 'nwpu-ningbo-institute'})
       WHERE d.gen = state.gen AND e.gen = state.gen RETURN count(d) AS n`,
    );
    expect(Number(mentions[0]?.n)).toBeGreaterThanOrEqual(4);
  });
});

describe("taihu-brief-innovative-city: Ningbo as a model for Suzhou", () => {
  it("Suzhou learns from Ningbo, as the think tank's recommendation (implied)", async () => {
    const learns = await expectFact("suzhou", "LEARNS_FROM", "ningbo", "taihu-brief-innovative-city");
    expect(new Set(learns.certainty)).toEqual(new Set(["implied"]));
  });

  it("Ningbo and the NSFC set up a 400-million-yuan regional joint fund", async () => {
    for (const founder of ["ningbo", "nsfc"]) {
      const founded = await expectFact(
        founder,
        "ESTABLISHED",
        "nsfc-regional-innovation-joint-fund",
        "taihu-brief-innovative-city",
      );
      expect(founded.amounts).toContain("4亿元");
    }
  });

  it("the Yongjiang zone signed R&D headquarters of Geely and Orient Cable; Geely is one entity under 吉利 and 吉利汽车", async () => {
    await expectFact(
      "yongjiang-sci-tech-innovation-zone",
      "SIGNED_WITH",
      "geely",
      "taihu-brief-innovative-city",
    );
    await expectFact(
      "yongjiang-sci-tech-innovation-zone",
      "SIGNED_WITH",
      "orient-cable",
      "taihu-brief-innovative-city",
    );
    expect(await idsNamed("吉利")).toEqual(["geely"]);
    expect(await idsNamed("吉利汽车")).toEqual(["geely"]);
  });

  it("Joyson Electronics stays separate from Joyson Group, linked by PART_OF", async () => {
    await expectFact("joyson-electronics", "PART_OF", "joyson-group", "taihu-brief-innovative-city");
    await expectFact(
      "joyson-group",
      "PARTICIPATES_IN",
      "ningbo-top-50-rd-enterprises",
      "taihu-brief-innovative-city",
    );
  });

  it("Exciton, Haitian and Geely lead Ningbo's innovation consortia", async () => {
    for (const leader of ["exciton-technology", "haitian-group", "geely"]) {
      await expectFact(leader, "LEADS", "ningbo-innovation-consortia", "taihu-brief-innovative-city");
    }
  });
});

describe("tech-services-port-city: tech services and paired assistance", () => {
  it("the SJTU Ningbo AI institute incubated Kezhi AI, which sits in Haishu District", async () => {
    await expectFact("sjtu-ningbo-ai-institute", "INCUBATED", "kezhi-ningbo-ai", "tech-services-port-city");
    await expectFact("kezhi-ningbo-ai", "LOCATED_IN", "haishu-district", "tech-services-port-city");
    await expectFact("sjtu-ningbo-ai-institute", "PART_OF", "sjtu", "tech-services-port-city");
  });

  it("the Ningbo Productivity Promotion Center operates the Ningbo Technology Market", async () => {
    await expectFact(
      "ningbo-productivity-promotion-center",
      "OPERATES",
      "ningbo-technology-market",
      "tech-services-port-city",
    );
  });

  it("Ningbo's districts support places in Sichuan: Zhenhai → Jinyang, Jiangbei → Yuexi apple park, Haishu → Panxi base", async () => {
    await expectFact("zhenhai-district", "SUPPORTS", "jinyang-county", "tech-services-port-city");
    await expectFact("jiangbei-district", "SUPPORTS", "yuexi-apple-park", "tech-services-port-city");
    await expectFact(
      "haishu-district",
      "SUPPORTS",
      "panxi-high-altitude-breeding-base",
      "tech-services-port-city",
    );
    await expectFact("yuexi-county", "PART_OF", "liangshan-prefecture", "tech-services-port-city");
    // The reviewer's correction: the caption names aid to a base, not to the province.
    expect(await relation("haishu-district", "SUPPORTS", "sichuan")).toBeUndefined();
  });

  it("the Ningbo Angel Guidance Fund invested in Huizhixing and Gekong Intelligence", async () => {
    await expectFact("ningbo-angel-guidance-fund", "INVESTED_IN", "huizhixing", "tech-services-port-city");
    await expectFact(
      "ningbo-angel-guidance-fund",
      "INVESTED_IN",
      "gekong-intelligence",
      "tech-services-port-city",
    );
  });
});

describe("new-industrialisation-rd: benchmarks and achievements", () => {
  it("Ningbo learns from Munich, Singapore and Shenzhen, each an author's recommendation (implied)", async () => {
    for (const model of ["munich", "singapore", "shenzhen"]) {
      const learns = await expectFact("ningbo", "LEARNS_FROM", model, "new-industrialisation-rd");
      learns.docs.forEach((doc, i) => {
        if (doc === "new-industrialisation-rd") expect(learns.certainty[i]).toBe("implied");
      });
    }
  });

  it("Liu Shanghai heads the Ningbo Institute of Industrial and Intelligent Economy", async () => {
    await expectFact(
      "liu-shanghai",
      "HEADS",
      "ningbo-institute-of-industrial-and-intelligent-economy",
      "new-industrialisation-rd",
    );
  });

  it("Ningbo created the national graphene manufacturing innovation centre and brought in NWPU's institute", async () => {
    await expectFact(
      "ningbo",
      "ESTABLISHED",
      "national-graphene-manufacturing-innovation-center",
      "new-industrialisation-rd",
    );
    await expectFact("ningbo", "ESTABLISHED", "nwpu-ningbo-institute", "new-industrialisation-rd");
  });

  it("recommendations stated as nothing done are not recorded as acts", async () => {
    expect(await relation("ningbo", "ISSUED", "single-champion-nursery-plan")).toBeUndefined();
    const plan = await relation("ningbo", "ISSUED", "sci-tech-yongjiang-2035-program");
    expect(plan?.docs).toEqual(expect.arrayContaining(["taihu-brief-innovative-city"]));
    expect(plan?.docs).not.toContain("new-industrialisation-rd");
  });
});

describe("across the five documents", () => {
  it("the Yongjiang Sci-Tech Innovation Zone is one entity, mentioned by all five documents", async () => {
    expect(await idsNamed("甬江科创区")).toEqual(["yongjiang-sci-tech-innovation-zone"]);
    const docs = await read<{ id: string }>(
      `MATCH (state:LoadState {id: 'current'})
       MATCH (d:Document)-[:MENTIONS]->(e:Entity {id: 'yongjiang-sci-tech-innovation-zone'})
       WHERE d.gen = state.gen AND e.gen = state.gen RETURN d.id AS id ORDER BY id`,
    );
    expect(docs.map((d) => d.id)).toEqual([
      "hightech-zone-engine",
      "new-industrialisation-rd",
      "ningbo-new-productive-forces",
      "taihu-brief-innovative-city",
      "tech-services-port-city",
    ]);
  });

  it("every evidence quote occurs verbatim in the text of its document", async () => {
    const rows = await read<{ id: string; docs: string[]; quotes: string[] }>(
      `MATCH (state:LoadState {id: 'current'})
       MATCH (a:Entity)-[r]->(b:Entity)
       WHERE a.gen = state.gen AND b.gen = state.gen
       RETURN r.id AS id, r.docs AS docs, r.quotes AS quotes`,
    );
    const texts = new Map(
      (
        await read<{ id: string; text: string }>(
          `MATCH (state:LoadState {id: 'current'}) MATCH (d:Document) WHERE d.gen = state.gen RETURN d.id AS id, d.text AS text`,
        )
      ).map((d) => [d.id, d.text]),
    );
    expect(texts.size).toBe(5);
    expect(rows.length).toBeGreaterThan(300);
    const missing: string[] = [];
    for (const row of rows) {
      row.docs.forEach((doc, i) => {
        const quote = row.quotes[i] ?? "";
        if (!(texts.get(doc) ?? "").includes(quote) || quote === "")
          missing.push(`${row.id} in ${doc}: ${quote.slice(0, 30)}`);
      });
    }
    expect(missing).toEqual([]);
  });

  it("every document carries evidence, and each has at least ten evidence rows", async () => {
    const rows = await read<{ doc: string; n: number }>(
      `MATCH (state:LoadState {id: 'current'})
       MATCH (a:Entity)-[r]->(b:Entity)
       WHERE a.gen = state.gen AND b.gen = state.gen AND type(r) <> 'MENTIONS'
       UNWIND r.docs AS doc
       RETURN doc, count(*) AS n ORDER BY doc`,
    );
    expect(rows.map((r) => r.doc)).toHaveLength(5);
    for (const row of rows) expect(Number(row.n), row.doc).toBeGreaterThanOrEqual(10);
  });
});
