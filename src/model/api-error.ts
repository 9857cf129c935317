// The one shape of every 4xx and 5xx answer of the API, Fastify's own errors included.
import { z } from "zod";

export const apiErrorSchema = z
  .object({
    error: z.string().describe("What went wrong and what to do about it, in one sentence"),
    param: z.string().optional().describe("The request parameter at fault, when one is"),
    neo4j: z.literal("down").optional().describe("Set when the database cannot be reached"),
  })
  .strict()
  .meta({ id: "Error" });

export type ApiError = z.infer<typeof apiErrorSchema>;
