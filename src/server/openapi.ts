// The OpenAPI 3.1 document, generated from the route table's zod schemas (z.toJSONSchema).
import { z } from "zod";
import type { RouteDoc } from "./routes.js";

type JsonSchema = Record<string, unknown>;

const errorSchema: JsonSchema = {
  type: "object",
  properties: {
    error: { type: "string" },
    param: { type: "string" },
    neo4j: { type: "string", enum: ["down"] },
  },
  required: ["error"],
};

function parametersOf(schema: z.ZodType | undefined, where: "path" | "query"): JsonSchema[] {
  if (schema === undefined) return [];
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: where, required: where === "path" || required.has(name), description, schema: rest };
  });
}

/** Fastify's `/api/entities/:id` becomes OpenAPI's `/api/entities/{id}`. */
const openApiPath = (path: string) => path.replace(/:([A-Za-z_]+)/g, "{$1}");

export function buildOpenApiDocument(routes: readonly RouteDoc[], version: string): JsonSchema {
  const paths: Record<string, JsonSchema> = {};
  for (const route of routes) {
    const responses: Record<string, JsonSchema> = {};
    for (const [status, description] of Object.entries(route.responses)) {
      const isError = Number(status) >= 400;
      responses[status] = {
        description,
        content: {
          "application/json": {
            schema: isError ? { $ref: "#/components/schemas/Error" } : { type: "object" },
          },
        },
      };
    }
    paths[openApiPath(route.path)] = {
      get: {
        summary: route.summary,
        parameters: [...parametersOf(route.params, "path"), ...parametersOf(route.query, "query")],
        responses,
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Ningbo Innovation Graph API",
      version,
      description:
        "Read-only API over the sourced graph of Ningbo's innovation ecosystem. Every relation carries its evidence.",
    },
    paths,
    components: { schemas: { Error: errorSchema } },
  };
}
