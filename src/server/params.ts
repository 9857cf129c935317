// zod schemas for every route's path and query parameters: the allow-list for types and relation
// types comes from the shared vocabulary, and every number has a cap.
import { z } from "zod";
import { ENTITY_TYPES, RELATION_TYPES } from "../model/vocabulary.js";

const id = (what: string) =>
  z
    .string()
    // Checked before the trim, so the OpenAPI pattern says it: some character that is not a space.
    .regex(/\S/, `${what} must not be empty`)
    .trim()
    .min(1, `${what} must not be empty`)
    .max(200, `${what} is at most 200 characters`)
    .describe(what);

const integer = (min: number, max: number, fallback: number, what: string) =>
  z.coerce
    .number()
    .int()
    .min(min)
    .max(max)
    .default(fallback)
    .describe(`${what} (${min}..${max}, default ${fallback})`);

/**
 * A comma-separated list checked against an allow-list; empty means "all". The pattern says in the
 * OpenAPI document exactly what the server accepts (known names, commas, optional spaces).
 */
const commaList = <T extends readonly [string, ...string[]]>(values: T, what: string) => {
  const name = `(?:${values.join("|")})`;
  const item = `\\s*${name}?\\s*`;
  return z
    .string()
    .max(2000)
    .regex(new RegExp(`^${item}(?:,${item})*$`), `must be a comma-separated list of: ${values.join(", ")}`)
    .optional()
    .describe(`${what}, comma-separated: ${values.join(", ")}; empty for all`)
    .transform((raw) =>
      (raw ?? "")
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part !== ""),
    )
    .pipe(z.array(z.enum(values)));
};

export const types = commaList(ENTITY_TYPES, "Entity types");
export const relTypes = commaList(RELATION_TYPES, "Relation types");

export const idParams = z.object({ id: id("Entity or document id") });

export const searchQuery = z.object({
  q: z
    .string()
    .regex(/\S/, "q must not be empty")
    .trim()
    .min(1, "q must not be empty")
    .max(200, "q is at most 200 characters")
    .describe("Search text: Chinese, English or pinyin"),
  limit: integer(1, 50, 20, "Maximum results"),
});

export const neighbourhoodQuery = z.object({
  id: id("Entity id at the centre"),
  depth: integer(1, 3, 1, "Hops from the centre"),
  types,
  relTypes,
  limit: integer(1, 500, 50, "Maximum nodes"),
});

export const pathsQuery = z.object({
  from: id("Entity id where the paths start"),
  to: id("Entity id where the paths end"),
  maxLength: integer(1, 6, 4, "Maximum hops"),
  types,
  relTypes,
});

export const fundTraceQuery = z.object({
  direction: z
    .enum(["up", "down", "both"])
    .default("both")
    .describe("up: who stands behind the fund; down: where its money went"),
  depth: integer(1, 4, 2, "Levels to follow"),
});

export const graphQuery = z.object({
  evidence: z
    .enum(["first", "all"])
    .default("first")
    .describe(
      "first: each edge with its first piece of evidence (the count says how many); all: every piece",
    ),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .optional()
    .describe("Maximum nodes (1..10000, default GRAPH_OVERVIEW_LIMIT)"),
});

export const edgeQuery = z.object({
  source: id("Entity id the relation starts from"),
  type: z.enum(RELATION_TYPES).describe("Relation type"),
  target: id("Entity id the relation points to"),
});
