// Issue 6: the fund table built from the API's whole graph (real Neo4j loaded with data/) holds every
// fund with the founders, managers and investees that data/relations.csv states; the fund trace
// splits into "who stands behind" and "where the money went" consistently with the same rows.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Subgraph } from "../../src/model/api.js";
import { buildApp } from "../../src/server/app.js";
import { DEFAULT_SERVER_CONFIG } from "../../src/server/config.js";
import { fundTable, splitTrace, type FundRow } from "../../src/web/insight/funds.js";
import { useTestNeo4j } from "./helpers.js";

type CsvRow = Record<string, string>;
const DATA_DIR = process.env.NIG_TEST_DATA_DIR ?? "data";
const csv = (file: string): CsvRow[] =>
  parse(readFileSync(join(DATA_DIR, file), "utf8"), { columns: true, skip_empty_lines: true, bom: true });
const funds = csv("entities.csv")
  .filter((e) => e.type === "Fund")
  .map((e) => e.id ?? "");
const relations = csv("relations.csv");
/** What the CSV says about one fund: distinct ends of its rows of one type and direction. */
const stated = (fund: string, type: string, side: "in" | "out"): string[] =>
  [
    ...new Set(
      relations
        .filter((r) => r.type === type && (side === "in" ? r.target === fund : r.source === fund))
        .map((r) => (side === "in" ? r.source : r.target) ?? ""),
    ),
  ].sort();
const amounts = (fund: string): string[] =>
  [
    ...new Set(
      relations
        .filter(
          (r) =>
            r.target === fund &&
            ["ESTABLISHED", "MANAGES", "INVESTED_IN", "FUNDS"].includes(r.type ?? "") &&
            r.amount,
        )
        .map((r) => r.amount ?? ""),
    ),
  ].sort();

const neo = useTestNeo4j();
let app: FastifyInstance;
let rows: Map<string, FundRow>;

async function get<T>(url: string): Promise<T> {
  const res = await app.inject({ method: "GET", url });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json() as T;
}

beforeAll(async () => {
  app = await buildApp({
    driver: neo.driver,
    database: neo.database,
    // A generous query deadline: the whole-graph read is slow while the shared machine is busy.
    config: { ...DEFAULT_SERVER_CONFIG, queryTimeoutMs: 60_000 },
    logger: false,
  });
  const whole = await get<Subgraph>("/api/graph");
  expect(whole.truncated, "the fund table needs the whole graph; raise GRAPH_OVERVIEW_LIMIT").toBe(false);
  rows = new Map(fundTable(whole).map((r) => [r.id, r]));
});

afterAll(async () => {
  await app?.close();
});

describe("fund table against data/relations.csv", () => {
  it("has one row per fund in entities.csv", () => {
    expect(funds.length).toBeGreaterThan(0);
    expect([...rows.keys()].sort()).toEqual([...funds].sort());
  });

  it.each(funds)("%s: founders, managers, investees and stated size as the text states", (fund) => {
    const row = rows.get(fund);
    expect(row).toBeDefined();
    expect([...(row?.founders ?? [])].sort()).toEqual(stated(fund, "ESTABLISHED", "in"));
    expect([...(row?.managers ?? [])].sort()).toEqual(stated(fund, "MANAGES", "in"));
    expect([...(row?.investees ?? [])].sort()).toEqual(
      [...new Set([...stated(fund, "INVESTED_IN", "out"), ...stated(fund, "FUNDS", "out")])].sort(),
    );
    expect([...new Set(row?.sizes.map((s) => s.amount))].sort()).toEqual(amounts(fund));
  });

  it("co-investors are the other investors of each fund's investees, never who stands behind the fund", () => {
    // Who stands behind a fund, read from the CSV: founders and managers, theirs in turn, and parents.
    const behind = (fund: string): Set<string> => {
      const seen = new Set([fund]);
      for (let frontier = [fund]; frontier.length > 0;) {
        const next = relations
          .filter(
            (r) =>
              (["ESTABLISHED", "MANAGES"].includes(r.type ?? "") && frontier.includes(r.target ?? "")) ||
              (r.type === "PART_OF" && frontier.includes(r.source ?? "")),
          )
          .map((r) => (r.type === "PART_OF" ? (r.target ?? "") : (r.source ?? "")))
          .filter((id) => !seen.has(id));
        for (const id of next) seen.add(id);
        frontier = next;
      }
      return seen;
    };
    for (const [fund, row] of rows) {
      const expected = new Set(
        relations
          .filter(
            (r) =>
              ["INVESTED_IN", "FUNDS"].includes(r.type ?? "") &&
              row.investees.includes(r.target ?? "") &&
              !behind(fund).has(r.source ?? "") &&
              !behind(r.source ?? "").has(fund),
          )
          .map((r) => r.source),
      );
      expect(new Set(row.coInvestors.map((c) => c.id)), fund).toEqual(expected);
    }
    // The zone set up the fund of funds and invested in Horizon Robotics beside it: it is the fund's own side.
    const fof = rows.get("ningbo-high-tech-zone-sci-tech-investment-fund-of-funds");
    expect(fof?.founders).toContain("ningbo-high-tech-zone");
    expect(fof?.investees).toContain("horizon-robotics");
    expect(fof?.coInvestors.map((c) => c.id)).not.toContain("ningbo-high-tech-zone");
  });

  it("the fund trace API, split up and down, reaches each fund's founders and investees", async () => {
    for (const fund of funds) {
      const trace = await get<Subgraph>(`/api/funds/${encodeURIComponent(fund)}/trace`);
      const row = rows.get(fund);
      const up = splitTrace(trace, fund, "up").nodes;
      const down = splitTrace(trace, fund, "down").nodes;
      for (const f of [...(row?.founders ?? []), ...(row?.managers ?? [])])
        expect(up.has(f), `${fund} up ${f}`).toBe(true);
      for (const i of row?.investees ?? []) expect(down.has(i), `${fund} down ${i}`).toBe(true);
    }
  });
});
