// The readable summary printed by npm run extract: counts by status, the review items first.
import type { Candidates } from "./candidates.js";

/** A few lines per section: conflicts (decisions needed), new entities, new relations. */
export function formatSummary(doc: string, candidates: Candidates, outDir: string): string {
  const { entities, relations } = candidates;
  const count = (rows: { status: string }[], status: string): number =>
    rows.filter((r) => r.status === status).length;
  const lines = [
    `extract: ${doc}`,
    `  entities: ${entities.length} (${count(entities, "known")} known, ${count(entities, "new")} new, ${count(entities, "conflict")} to resolve)`,
    `  relations: ${relations.length} (${count(relations, "known")} known, ${count(relations, "new")} new, ${count(relations, "conflict")} conflicting)`,
  ];
  const conflicts = entities.filter((e) => e.status === "conflict");
  if (conflicts.length > 0)
    lines.push("", "Possible known entities (write merge:<id> or accept in the decision column):");
  for (const e of conflicts) lines.push(`  ${e.name_zh}  ->  ${e.proposal}`);
  const fresh = entities.filter((e) => e.status === "new");
  if (fresh.length > 0) lines.push("", "New entities:");
  for (const e of fresh) lines.push(`  ${e.id}  ${e.type}/${e.subtype}  ${e.name_zh}  [${e.rule}]`);
  const rels = relations.filter((r) => r.status !== "known");
  if (rels.length > 0) lines.push("", "New or conflicting relations:");
  for (const r of rels)
    lines.push(
      `  ${r.status === "conflict" ? "!" : " "} ${r.source} ${r.type} ${r.target}  [${r.rule}]  「${r.quote.length > 40 ? `${r.quote.slice(0, 40)}…` : r.quote}」`,
    );
  lines.push(
    "",
    `Wrote ${outDir}/entities.csv, relations.csv, document.csv and the text.`,
    `Review: set decision to accept (or merge:<id>), then: npm run extract -- --accept ${outDir}`,
  );
  return lines.join("\n");
}
