// What `npm start` logs: lines a person can read (time, level, message; one line per request only at
// LOG_LEVEL=info or below), or pino's JSON lines into LOG_FILE for a log collector.
import { Writable } from "node:stream";
import type { FastifyServerOptions } from "fastify";
import type { ServerConfig } from "./config.js";

const LEVEL_NAMES: Record<number, string> = {
  10: "trace",
  20: "debug",
  30: "info",
  40: "WARN",
  50: "ERROR",
  60: "FATAL",
};

interface LogLine {
  level: number;
  time: number;
  msg?: string;
  reqId?: string;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
  err?: { message?: string; stack?: string };
}

/** Turns pino's JSON lines into readable ones; a request is one line when it completes. */
export function readableLog(write: (line: string) => void): Writable {
  const pending = new Map<string, string>();
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString().split("\n")) {
        if (text.trim() === "") continue;
        let line: LogLine;
        try {
          line = JSON.parse(text) as LogLine;
        } catch {
          write(text);
          continue;
        }
        const time = new Date(line.time).toTimeString().slice(0, 8);
        const level = LEVEL_NAMES[line.level] ?? String(line.level);
        if (line.msg === "incoming request" && line.reqId) {
          pending.set(line.reqId, `${line.req?.method ?? ""} ${line.req?.url ?? ""}`);
          continue;
        }
        if (line.msg === "request completed" && line.reqId) {
          const request = pending.get(line.reqId) ?? line.reqId;
          pending.delete(line.reqId);
          write(`${time} ${request} ${line.res?.statusCode ?? ""} ${Math.round(line.responseTime ?? 0)} ms`);
          continue;
        }
        const detail = line.err
          ? `: ${line.level >= 50 ? (line.err.stack ?? line.err.message) : line.err.message}`
          : "";
        write(`${time} ${level} ${line.msg ?? ""}${detail}`);
      }
      done();
    },
  });
}

/** Fastify's logger for `npm start`: readable on stderr, or JSON lines in LOG_FILE. */
export function startLogger(config: ServerConfig): FastifyServerOptions["logger"] {
  if (config.logFile !== "") return { level: config.logLevel, file: config.logFile };
  return { level: config.logLevel, stream: readableLog((line) => process.stderr.write(`${line}\n`)) };
}
