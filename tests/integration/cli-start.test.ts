// `npm start` as a user runs it (bundled Neo4j in its own data directory, data/ loaded, explorer built
// when stale): it serves the explorer and the API, `npm run db:status` sees its database, and SIGTERM
// stops both. `db:status` exits 3 (LSB "not running") when no bundled Neo4j runs on a data directory.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort, isPortFree } from "../../src/db/bundled.js";

const ROOT = join(import.meta.dirname, "..", "..");
/** Starting Neo4j, loading data/ and perhaps building the explorer on a shared 2-core machine. */
const START_DEADLINE_MS = 480_000;

let home: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), "nig-cli-start-"));
  // The global set-up exports NEO4J_* for the shared database; npm start must start its own instead.
  env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("NEO4J_")));
  Object.assign(env, {
    NEO4J_DATA_DIR: join(home, "data"),
    NEO4J_BOLT_PORT: String(await findFreePort()),
    PORT: String(await findFreePort()),
  });
});

afterAll(() => {
  if (home) rmSync(home, { recursive: true, force: true });
});

function dbStatus(): { code: number | null; out: string } {
  const run = spawnSync("npm", ["run", "--silent", "db:status"], { cwd: ROOT, env, encoding: "utf8" });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

/** Resolves with the output so far once `pattern` appears; rejects when the process exits or the deadline passes. */
function waitForOutput(child: ChildProcess, output: () => string, pattern: RegExp, deadlineMs: number) {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern} within ${deadlineMs} ms:\n${output()}`)),
      deadlineMs,
    );
    const check = () => {
      if (!pattern.test(output())) return;
      clearTimeout(timer);
      resolve(output());
    };
    child.stdout?.on("data", check);
    child.stderr?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code}) before ${pattern}:\n${output()}`));
    });
  });
}

describe("npm run db:status", () => {
  it("exits 3 and says so when no bundled Neo4j runs on the data directory", () => {
    const { code, out } = dbStatus();
    expect(out).toMatch(/^db: not running \(data dir .*nig-cli-start-.*\)$/m);
    expect(code).toBe(3);
  });
});

describe("npm start", () => {
  it(
    "serves the explorer and the API, shows in db:status, and stops with its database on SIGTERM (start deadline 8 min)",
    async () => {
      let output = "";
      const child = spawn("npm", ["start"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      try {
        await waitForOutput(child, () => output, /is running at http:\/\/\S+/, START_DEADLINE_MS);
        const base = /is running at (http:\/\/\S+)/.exec(output)![1]!;
        expect(base).toBe(`http://127.0.0.1:${env.PORT}`);

        const page = await fetch(`${base}/`);
        expect(page.status).toBe(200);
        expect(await page.text()).toMatch(/<title>[^<]*Ningbo Innovation Graph<\/title>/);
        expect(await (await fetch(`${base}/api/health`)).json()).toEqual({ status: "ok", neo4j: "up" });
        const stats = (await (await fetch(`${base}/api/stats`)).json()) as { entities: number };
        expect(stats.entities).toBeGreaterThan(0);

        const status = dbStatus();
        expect(status.out).toMatch(/^db: running at bolt:\/\/127\.0\.0\.1:\d+ \(pid \d+/m);
        expect(status.code).toBe(0);

        child.kill("SIGTERM");
        expect(await exited).toBe(0);
        expect(output).toMatch(/SIGTERM: stopping the server and Neo4j/);
        expect(await isPortFree(Number(env.PORT))).toBe(true);
        expect(dbStatus().code).toBe(3);
      } finally {
        if (child.exitCode === null) child.kill("SIGKILL");
      }
    },
    START_DEADLINE_MS + 120_000,
  );
});
