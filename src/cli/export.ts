// `npm run export -- --format gexf|graphml|csv|json [--out FILE] [--types A,B] [--relTypes X,Y]`: the
// whole loaded graph (or the part of some entity and relation types) with every piece of evidence, for
// Gephi, networkx, igraph, R, pandas or Kumu. Writes the same files as the explorer's export buttons.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { ENTITY_TYPE_INFO } from "../model/vocabulary.js";
import { readNeo4jConfig } from "../db/config.js";
import { connectNeo4j } from "../db/driver.js";
import { relTypes, types } from "../server/params.js";
import { fromSubgraph } from "../web/export/exportGraph.js";
import { exportData } from "../web/export/formats.js";
import { readWholeGraph } from "./export-read.js";

const FORMATS = ["gexf", "graphml", "csv", "json"] as const;
const USAGE =
  "usage: npm run export -- --format gexf|graphml|csv|json [--out FILE] [--types Company,Fund] [--relTypes INVESTED_IN]";

const argsSchema = z.object({
  format: z.enum(FORMATS, { message: `must be one of ${FORMATS.join(", ")}` }),
  out: z.string().min(1).optional(),
  types,
  relTypes,
});

function fail(message: string): never {
  throw new Error(`export: ${message}\n${USAGE}`);
}

function readArgs(argv: string[]): z.output<typeof argsSchema> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        format: { type: "string" },
        out: { type: "string" },
        types: { type: "string" },
        relTypes: { type: "string" },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail(`--${String(issue?.path[0] ?? "format")} ${issue?.message ?? "is invalid"}`);
  }
  return parsed.data;
}

/** CSV is two tables: FILE "graph.csv" becomes graph-nodes.csv and graph-edges.csv. */
const csvNames = (out: string) => {
  const base = out.replace(/\.csv$/i, "");
  return [`${base}-nodes.csv`, `${base}-edges.csv`] as const;
};

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  if (args.format === "csv" && args.out === undefined)
    fail("--out FILE is needed for csv (it writes FILE-nodes.csv and FILE-edges.csv)");
  const connection = await connectNeo4j(readNeo4jConfig(process.env));
  try {
    const graph = await readWholeGraph(connection.driver, connection.database, args);
    const g = fromSubgraph(graph.nodes, graph.edges);
    // Type colours, so Gephi opens the file coloured as the explorer draws it.
    g.updateEachNodeAttributes((_id, a) => ({
      ...a,
      color: ENTITY_TYPE_INFO[a.type as keyof typeof ENTITY_TYPE_INFO]?.colour,
    }));
    const meta = { dataVersion: graph.dataVersion, exportedAt: new Date().toISOString() };
    const files =
      args.format === "csv"
        ? [
            { path: csvNames(args.out!)[0], text: exportData(g, "csv-nodes", "graph").text },
            { path: csvNames(args.out!)[1], text: exportData(g, "csv-edges", "graph").text },
          ]
        : [{ path: args.out, text: exportData(g, args.format, "graph", meta).text }];
    for (const file of files) {
      if (file.path === undefined) process.stdout.write(file.text);
      else await writeFile(file.path, file.text);
    }
    const where = files.map((f) => f.path ?? "stdout").join(" and ");
    console.error(
      `export: wrote ${g.order} entities and ${g.size} relations (${graph.edges.reduce((n, e) => n + e.evidence.length, 0)} pieces of evidence) as ${args.format} to ${where}.`,
    );
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
