// Merges reviewed candidate rows into a data directory through the loader's own validation:
// the merge is built in a temporary copy, validated with validateDataDirectory, and copied back
// only when it has no error. Rows merge when their `decision` is `accept`; an entity row may
// instead say `merge:<known-id>` to record its name as an alias of a known entity.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { splitList } from "../data/names.js";
import { validateDataDirectory } from "../data/validate.js";
import { DOCUMENT_COLUMNS, ENTITY_COLUMNS, RELATION_COLUMNS, type DataIssue } from "../model/records.js";
import type { EntityRecord } from "../model/records.js";
import { ENTITY_CANDIDATE_COLUMNS } from "./candidates.js";
import { Gazetteer } from "./gazetteer.js";
import { homeOf, linkByNormalForm } from "./linking.js";
import type { CandidateFolder } from "./output.js";

interface AcceptReport {
  ok: boolean;
  /** Refused rows and validation problems of the merged data (errors mean nothing was written). */
  issues: DataIssue[];
  added: { entities: number; relations: number; aliases: number; document: boolean };
  /** One line per row merged (or that would have been): what goes into data/. */
  changes: string[];
}

const accepted = (decision: string): boolean => /^(accept|yes|y|ok)$/i.test(decision.trim());
const mergeTarget = (decision: string): string | undefined =>
  /^merge:\s*([a-z0-9-]+)$/i.exec(decision.trim())?.[1];

/** Merges the accepted rows of `folder` into `dataDir`; writes nothing when validation fails. */
export function acceptCandidates(folder: CandidateFolder, dataDir: string): AcceptReport {
  const current = validateDataDirectory(dataDir);
  const added = { entities: 0, relations: 0, aliases: 0, document: false };
  if (!current.dataset) return { ok: false, issues: current.issues, added, changes: [] };
  const refused = duplicates(folder, current.dataset.entities);
  if (refused.length > 0) return { ok: false, issues: refused, added, changes: [] };
  const work = mkdtempSync(join(tmpdir(), "nig-accept-"));
  try {
    cpSync(dataDir, work, { recursive: true });
    const renamed = new Map<string, string>();
    const aliasesFor = new Map<string, string[]>();
    const newEntities = [];
    for (const row of folder.candidates.entities) {
      const target = mergeTarget(row.decision);
      if (target) {
        renamed.set(row.id, target);
        aliasesFor.set(target, [...(aliasesFor.get(target) ?? []), row.name_zh, ...splitList(row.aliases)]);
      } else if (accepted(row.decision) && row.status !== "known") {
        newEntities.push(row);
      }
    }
    const relations = folder.candidates.relations
      .filter((row) => accepted(row.decision))
      .map((row) => ({
        ...row,
        source: renamed.get(row.source) ?? row.source,
        target: renamed.get(row.target) ?? row.target,
      }));
    const documents = readFileSync(join(work, "documents.csv"), "utf8");
    const docListed = (parse(documents, { bom: true, columns: true }) as { id: string }[]).some(
      (d) => d.id === folder.document.id,
    );
    if (!docListed && (relations.length > 0 || newEntities.length > 0)) {
      append(join(work, "documents.csv"), DOCUMENT_COLUMNS, [folder.document]);
      writeFileSync(join(work, "documents", folder.document.file), folder.text);
      added.document = true;
    }
    if (aliasesFor.size > 0) added.aliases = addAliases(join(work, "entities.csv"), aliasesFor);
    append(join(work, "entities.csv"), ENTITY_COLUMNS, newEntities);
    append(join(work, "relations.csv"), RELATION_COLUMNS, relations);
    added.entities = newEntities.length;
    added.relations = relations.length;
    const changes = [
      ...newEntities.map((e) => `entity ${e.id} ${e.type}/${e.subtype} ${e.name_zh}`),
      ...[...aliasesFor].map(([id, names]) => `aliases of ${id}: ${[...new Set(names)].join(", ")}`),
      ...relations.map((r) => `relation ${r.source} ${r.type} ${r.target} (${r.certainty}): ${r.quote}`),
      ...(added.document ? [`document ${folder.document.id} (${folder.document.file})`] : []),
    ];
    const result = validateDataDirectory(work);
    if (!result.dataset) return { ok: false, issues: result.issues, added, changes };
    for (const file of ["documents.csv", "entities.csv", "relations.csv"])
      cpSync(join(work, file), join(dataDir, file));
    if (added.document)
      cpSync(join(work, "documents", folder.document.file), join(dataDir, "documents", folder.document.file));
    return { ok: true, issues: result.issues, added, changes };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Accepted entity rows that would duplicate a known entity: marked `conflict` by the extractor, or
 * named (after normalisation) like a known one. Such a row needs `merge:<id>`, never `accept`.
 */
function duplicates(folder: CandidateFolder, known: readonly EntityRecord[]): DataIssue[] {
  const gazetteer = new Gazetteer(known);
  const home = homeOf(folder.text);
  const issues: DataIssue[] = [];
  folder.candidates.entities.forEach((row, i) => {
    if (!accepted(row.decision) || row.status === "known") return;
    const same = gazetteer.lookup(row.name_zh) ?? gazetteer.get(row.id);
    const link = same ? undefined : linkByNormalForm(row.name_zh, known, home);
    const target = same ?? link?.entity;
    const why = same
      ? `${row.name_zh} is already ${same.id} (${same.name_zh})`
      : link
        ? link.reason
        : row.status === "conflict"
          ? `the extractor flagged it: ${row.proposal}`
          : undefined;
    if (!why) return;
    const suggestion = target ?? { id: /^([a-z0-9-]+)/.exec(row.proposal)?.[1] ?? "<id>" };
    issues.push({
      file: "entities.csv",
      line: i + 2,
      column: ENTITY_CANDIDATE_COLUMNS.indexOf("decision") + 1,
      severity: "error",
      message: `refused: accepting ${row.id} would duplicate a known entity (${why}); write merge:${suggestion.id} in its decision column, or change the row so it names something new`,
    });
  });
  return issues;
}

function append(file: string, columns: readonly string[], rows: readonly Record<string, string>[]): void {
  if (rows.length === 0) return;
  const existing = readFileSync(file, "utf8");
  const separator = existing === "" || existing.endsWith("\n") ? "" : "\n";
  const header = existing === "" ? `${columns.join(",")}\n` : "";
  appendFileSync(file, separator + header + stringify(rows.map((r) => columns.map((c) => r[c] ?? ""))));
}

/** Adds aliases to known entities (rewriting entities.csv); returns how many were added. */
function addAliases(file: string, aliasesFor: ReadonlyMap<string, string[]>): number {
  const rows = parse(readFileSync(file, "utf8"), { bom: true, columns: true }) as Record<string, string>[];
  let count = 0;
  for (const row of rows) {
    const more = aliasesFor.get(row.id ?? "");
    if (!more) continue;
    const current = splitList(row.aliases ?? "");
    const fresh = more.filter((a) => a !== row.name_zh && !current.includes(a));
    count += fresh.length;
    row.aliases = [...current, ...new Set(fresh)].join("|");
  }
  writeFileSync(file, stringify(rows, { header: true, columns: [...ENTITY_COLUMNS] }));
  return count;
}
