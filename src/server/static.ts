// Serves the built explorer (dist/) at `/`, with index.html for client-side routes; unknown /api
// paths get a JSON 404 instead.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

const isApi = (url: string) => url === "/api" || url.startsWith("/api/") || url.startsWith("/api?");

export async function installStaticAndFallback(app: FastifyInstance, staticDir?: string): Promise<void> {
  const root = staticDir === undefined ? undefined : resolve(staticDir);
  const hasApp = root !== undefined && existsSync(join(root, "index.html"));
  if (hasApp) await app.register(fastifyStatic, { root, prefix: "/", index: ["index.html"] });

  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (!isApi(request.url) && hasApp && request.method === "GET" && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.type("text/html; charset=utf-8").sendFile("index.html");
    }
    return reply.code(404).send({
      error: isApi(request.url)
        ? `No API endpoint ${request.method} ${path}; /api/openapi.json lists them.`
        : `Not found: ${path}${hasApp ? "" : " (the explorer is not built; run npm start or npm run build)"}`,
    });
  });
}
