// GET /api/search: entities by Chinese name, alias, English name or pinyin, ranked exact > prefix >
// contains > fuzzy (the full-text index tops the list up when substring matches are few).
import type { FastifyBaseLogger } from "fastify";
import { searchResponseSchema, type SearchResult } from "../../model/api.js";
import { QueryError, type QueryRunner, type Row } from "../../db/queries.js";
import { entityType, num, str } from "../mappers.js";
import { searchQuery } from "../params.js";
import type { ApiContext, RouteTable } from "../routes.js";
import { SEARCH_SCORES, WORD_SEPARATORS, searchQuery as rankQuery } from "../../model/search-rank.js";
import { luceneQuery } from "../search-text.js";

/** Fuzzy hits score below every substring hit (the lowest of those is 65). */
const FUZZY_MIN = 10;
const FUZZY_MAX = 60;

function toResult(row: Row, score: number): SearchResult {
  const result: SearchResult = {
    id: str(row.id),
    type: entityType(row.type),
    subtype: str(row.subtype),
    name_zh: str(row.name_zh),
    name_en: str(row.name_en),
    score,
  };
  if (row.matched) result.matched = str(row.matched);
  return result;
}

async function fuzzyResults(
  runner: QueryRunner,
  text: string,
  limit: number,
  log: FastifyBaseLogger,
): Promise<Row[]> {
  const lucene = luceneQuery(text);
  if (lucene === "") return [];
  try {
    return await runner.run("search-fuzzy", { lucene, limit });
  } catch (error) {
    // A missing index (or a query Lucene still rejects) only costs the fuzzy part; an outage does not hide.
    if (error instanceof QueryError && error.status !== 500) throw error;
    log.warn({ err: error }, "fuzzy search skipped (is the entity_search full-text index there?)");
    return [];
  }
}

export function registerSearchRoutes(
  routes: RouteTable,
  { runner }: ApiContext,
  log: FastifyBaseLogger,
): void {
  routes.get({
    path: "/api/search",
    operationId: "search",
    summary: "Search entities by Chinese name, alias, English name or pinyin",
    query: searchQuery,
    response: searchResponseSchema,
    errors: [400],
    cacheable: true,
    handler: async ({ query: { q, limit } }) => {
      const rows = await runner.run("search", {
        ...rankQuery(q),
        scores: SEARCH_SCORES,
        separators: WORD_SEPARATORS,
        limit,
      });
      const results = rows.map((row) => toResult(row, num(row.score)));
      if (results.length < limit) {
        const seen = new Set(results.map((r) => r.id));
        const fuzzy = (await fuzzyResults(runner, q, limit, log)).filter((row) => !seen.has(str(row.id)));
        const best = Math.max(...fuzzy.map((row) => num(row.relevance)), 1e-9);
        for (const row of fuzzy.slice(0, limit - results.length)) {
          const score = FUZZY_MIN + ((FUZZY_MAX - FUZZY_MIN) * num(row.relevance)) / best;
          results.push(toResult(row, Math.round(score * 10) / 10));
        }
      }
      return { results };
    },
  });
}
