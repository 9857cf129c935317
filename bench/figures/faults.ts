// README block figures:faults, from the fault tests' results (npm run test:faults writes them).
export const source = "tests/results/faults.json";

interface FaultsResults {
  date: string;
  databaseKill: {
    clients?: number;
    firstServiceUnavailableMs: number | null;
    serviceUnavailableLatencyMs: { p50: number; p95: number; max: number };
    answersWhileDown: number;
    restartMs: number;
    recoveryAfterRestartMs: number | null;
    statuses: number[];
    connectionErrors: number;
  };
  loaderKills: { seed: number; killedAfterBatch: number[]; graphIntact: boolean };
  bulkLoaderKills?: { seed: number; killedAfterStep: number[]; graphIntact: boolean };
  fullDisk: { exitCode: number | null; message: string[] };
  fullDiskGraphBeforeRestart?: string;
  fullDiskGraphAfterRestart?: string;
}

const n = (x: number) => Math.round(x).toLocaleString("en-US");
const ms = (x: number | null) => (x === null ? "never" : `${n(x)} ms`);
const seconds = (x: number | null) => (x === null ? "never" : `${(x / 1000).toFixed(1)} s`);

export function render(r: FaultsResults): string {
  for (const part of ["databaseKill", "loaderKills", "fullDisk"] as const)
    if (!r[part])
      throw new Error(`figures: ${source} has no ${part} (a failed run?); run npm run test:faults again`);
  const kill = r.databaseKill;
  const down = kill.serviceUnavailableLatencyMs;
  const message = r.fullDisk.message[0]?.split(" (")[0] ?? "(no message recorded)";
  // "unreadable: The database has encountered a critical error, and needs to be restarted. Please see…"
  const untilRestart = r.fullDiskGraphBeforeRestart?.split(". ")[0] ?? "not recorded";
  return [
    "| Fault | What happened |",
    "| --- | --- |",
    `| Neo4j SIGKILLed under load${kill.clients ? ` from ${kill.clients} clients` : ""} | first 503 ${ms(kill.firstServiceUnavailableMs)} after the kill; ${n(kill.answersWhileDown)} answers while it was down, 503 in p50 ${ms(down.p50)}, p95 ${ms(down.p95)}, slowest ${ms(down.max)}; statuses seen ${kill.statuses.join(", ")}; ${kill.connectionErrors} connection errors |`,
    `| Neo4j started again | up after ${seconds(kill.restartMs)}; ${kill.recoveryAfterRestartMs === null ? "the API did not answer 200 within 30 s of that (the run failed its recovery check)" : `the API answered 200 again ${seconds(kill.recoveryAfterRestartMs)} later, without a restart of its own`} |`,
    `| The loader SIGKILLed after batches ${r.loaderKills.killedAfterBatch.join(", ")} (seed ${r.loaderKills.seed}) | ${r.loaderKills.graphIntact ? "the previous graph whole every time (counts and property checksum)" : "the previous graph changed"} |`,
    ...(r.bulkLoaderKills
      ? [
          `| The bulk loader SIGKILLed after steps ${r.bulkLoaderKills.killedAfterStep.join(", ")} (seed ${r.bulkLoaderKills.seed}; 8 is the swap) | ${r.bulkLoaderKills.graphIntact ? "the previous graph whole every time, after the next start undid the interrupted load" : "the previous graph changed"} |`,
        ]
      : []),
    `| A full disk (4 MB tmpfs) during a load | exit code ${r.fullDisk.exitCode}: "${message}…"; until Neo4j restarts: ${untilRestart}; after space is freed and a restart: ${r.fullDiskGraphAfterRestart ?? "not recorded"} |`,
    "",
    `From \`${source}\` (${r.date.slice(0, 10)}).`,
  ].join("\n");
}
