// README block `figures:extraction`: the extractor's precision and recall, generated from the
// results file that npm run extract:eval writes (npm run figures rewrites the block; run this file
// alone with tsx to rewrite only this block).
import { readFileSync, writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { ENTITY_TYPES } from "../../src/model/vocabulary.js";
import type { Score } from "../../src/extract/evaluate.js";
import type { ExtractResults } from "../../src/extract/results.js";

export const source = "data/eval/results.json";

const pr = (s: Score): string => `${s.precision.toFixed(2)} / ${s.recall.toFixed(2)}`;
const MAX_LISTED = 12;

export function render(results: ExtractResults): string {
  const sets: [string, ExtractResults["tuned"]][] = [
    ["five curated documents, one left out at a time (**tuned on**)", results.tuned],
    [`unseen set, as printed (**never tuned on**)`, results.unseen],
    [`unseen set converted to traditional script (opencc-js)`, results.traditional],
  ];
  const rows = sets.map(
    ([name, s]) =>
      `| ${name} | ${s.documents.length} | ${pr(s.overall.organisations)} | ${pr(s.overall.entities)} | ${pr(s.overall.pairs)} | ${pr(s.overall.typed)} |`,
  );
  const types = ENTITY_TYPES.filter((t) =>
    sets.some(([, s]) => s.overall.byType[t].gold + s.overall.byType[t].predicted > 0),
  );
  const typeRows = types.map(
    (t) =>
      `| ${t} | ${sets.map(([, s]) => `${pr(s.overall.byType[t])} (${s.overall.byType[t].tp}/${s.overall.byType[t].predicted}/${s.overall.byType[t].gold})`).join(" | ")} |`,
  );
  const unseenDocs = results.unseen.documents.map(
    (d) =>
      `| ${d.doc} | ${pr(d.organisations)} | ${pr(d.entities)} | ${pr(d.pairs)} | ${d.details.missed.length} | ${d.details.wrong.length} |`,
  );
  const missedOrgs = results.unseen.documents.flatMap((d) =>
    d.details.missed.filter((m) => /^(Institution|Company|Fund|Park) /.test(m)),
  );
  const wrongOrgs = results.unseen.documents.flatMap((d) =>
    d.details.wrong.filter((m) => /^(Institution|Company|Fund|Park) /.test(m)),
  );
  const list = (items: string[]): string =>
    items.length === 0
      ? "none"
      : `${items.slice(0, MAX_LISTED).join("; ")}${items.length > MAX_LISTED ? `; and ${items.length - MAX_LISTED} more` : ""}`;
  const verbatim = sets.reduce((n, [, s]) => n + s.overall.quotesNotVerbatim, 0);
  const u = results.unseen.overall;
  const t = results.traditional.overall;
  const met = (ok: boolean): string => (ok ? "met" : "**not met**");
  const gap = Math.max(Math.abs(t.organisations.f1 - u.organisations.f1), Math.abs(t.pairs.f1 - u.pairs.f1));
  const aims = [
    `organisations ≥ 0.85 / ≥ 0.80: ${pr(u.organisations)}, ${met(u.organisations.precision >= 0.85 && u.organisations.recall >= 0.8)}`,
    `relations by pair ≥ 0.5 / ≥ 0.4: ${pr(u.pairs)}, ${met(u.pairs.precision >= 0.5 && u.pairs.recall >= 0.4)}`,
    `traditional within 0.05 of simplified (F1, organisations and pairs): largest difference ${gap.toFixed(2)}, ${met(gap <= 0.05)}`,
  ];
  return [
    `Generated from \`${source}\` (written by \`${results.command}\`; ${results.model}; unseen set \`${results.unseenSet}\`). Precision / recall; organisations = Institution, Company, Fund, Park; relations scored by entity pair, then by pair and type.`,
    "",
    "| documents | n | organisations | entities | relations by pair | by pair + type |",
    "| --- | ---: | --- | --- | --- | --- |",
    ...rows,
    "",
    `By entity type, P / R (tp/predicted/gold): tuned | unseen | unseen in traditional script.`,
    "",
    "| type | tuned (leave one out) | unseen | unseen, traditional |",
    "| --- | --- | --- | --- |",
    ...typeRows,
    "",
    "Unseen documents:",
    "",
    "| unseen document | organisations | entities | relations by pair | entities missed | entities wrong |",
    "| --- | --- | --- | --- | ---: | ---: |",
    ...unseenDocs,
    "",
    `Organisations the unseen gold has and the extractor missed (reported, not used to change rules): ${list(missedOrgs)}.`,
    "",
    `Organisations proposed on unseen text that the gold does not have: ${list(wrongOrgs)}.`,
    "",
    `Aims on unseen text: ${aims.join("; ")}.`,
    "",
    `Quotes that are not an exact substring of their document, over all three sets: ${verbatim}.`,
    ...(results.speed ? ["", `Speed: ${results.speed}`] : []),
  ].join("\n");
}

/** Rewrites this block of README.md from the results file (what npm run figures does for every block). */
async function rewriteReadme(): Promise<void> {
  const results = JSON.parse(readFileSync(source, "utf8")) as ExtractResults;
  const readme = readFileSync("README.md", "utf8");
  const open = "<!-- figures:extraction -->";
  const close = "<!-- /figures:extraction -->";
  const from = readme.indexOf(open);
  const to = readme.indexOf(close);
  if (from < 0 || to < from) throw new Error(`README.md has no ${open} … ${close} block`);
  const next = `${readme.slice(0, from + open.length)}\n${render(results)}\n${readme.slice(to)}`;
  // Formatted as npm test's prettier --check expects (tables aligned), so a rewrite keeps it clean.
  const options = (await resolveConfig("README.md")) ?? {};
  writeFileSync("README.md", await format(next, { ...options, filepath: "README.md" }));
}

if (import.meta.url === `file://${process.argv[1]}`) await rewriteReadme();
