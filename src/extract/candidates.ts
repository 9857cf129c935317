// Turns mentions and relations into candidate rows in the data CSV format, each with a `status`:
// `known` (already in data/), `new`, or `conflict` (needs a reviewer's decision: a possible
// known entity under another name, or a pair already related by another type).
import {
  ENTITY_COLUMNS,
  RELATION_COLUMNS,
  type EntityRecord,
  type RelationRecord,
} from "../model/records.js";
import { RELATION_TYPE_INFO } from "../model/vocabulary.js";
import { newEntityId } from "./ids.js";
import { nameKey } from "./keys.js";
import type { Mention } from "./mentions.js";
import type { FoundRelation } from "./relations.js";

/** Extra columns after the data columns: what the extractor says, and the reviewer's decision. */
export const ENTITY_CANDIDATE_COLUMNS = [
  ...ENTITY_COLUMNS,
  "status",
  "decision",
  "proposal",
  "rule",
  "evidence",
] as const;
export const RELATION_CANDIDATE_COLUMNS = [...RELATION_COLUMNS, "status", "decision", "rule"] as const;

type EntityCandidate = Record<(typeof ENTITY_CANDIDATE_COLUMNS)[number], string>;
type RelationCandidate = Record<(typeof RELATION_CANDIDATE_COLUMNS)[number], string>;

export interface Candidates {
  entities: EntityCandidate[];
  relations: RelationCandidate[];
}

/** Builds the rows for document `doc` (its text is `text`) against the known data. */
export function buildCandidates(
  doc: string,
  text: string,
  mentions: readonly Mention[],
  relations: readonly FoundRelation[],
  known: { entities: readonly EntityRecord[]; relations: readonly RelationRecord[] },
): Candidates {
  const taken = new Set(known.entities.map((e) => e.id));
  const idOf = new Map<string, string>();
  const entities = new Map<string, EntityCandidate>();
  const byId = new Map(known.entities.map((e) => [e.id, e]));
  const evidenceOf = (m: Mention): string => sentenceAround(text, m.start, m.end);

  for (const mention of mentions) {
    const name = mention.fullName ?? mention.text;
    const key = mention.known ?? `new:${nameKey(name)}`;
    if (entities.has(key)) continue;
    const record = mention.known ? byId.get(mention.known) : undefined;
    const id = record?.id ?? newEntityId(name, taken);
    idOf.set(key, id);
    const proposal = mention.proposal
      ? `${mention.proposal.id} (${mention.proposal.name}): ${mention.proposal.reason}`
      : "";
    entities.set(key, {
      id,
      type: record?.type ?? mention.type,
      subtype: record?.subtype ?? mention.subtype,
      name_zh: record?.name_zh ?? name,
      name_en: record?.name_en ?? "",
      aliases: record ? record.aliases.join("|") : mention.fullName ? mention.text : "",
      description_en: record?.description_en ?? "",
      status: record ? "known" : proposal ? "conflict" : "new",
      decision: "",
      proposal,
      rule: mention.rule,
      evidence: evidenceOf(mention),
    });
  }
  const idFor = (m: Mention): string =>
    idOf.get(m.known ?? `new:${nameKey(m.fullName ?? m.text)}`) ?? m.known ?? "";
  const rows = relations.map((r) => relationRow(doc, r, idFor(r.source), idFor(r.target), known.relations));
  return {
    entities: [...entities.values()],
    relations: rows.filter((r) => r.source !== "" && r.target !== ""),
  };
}

function relationRow(
  doc: string,
  r: FoundRelation,
  source: string,
  target: string,
  known: readonly RelationRecord[],
): RelationCandidate {
  const symmetric = !RELATION_TYPE_INFO[r.type].directed;
  const samePair = (k: RelationRecord): boolean =>
    (k.source === source && k.target === target) ||
    ((symmetric || k.type === r.type) && k.source === target && k.target === source);
  const same = known.find((k) => samePair(k) && k.type === r.type);
  const other = known.find((k) => samePair(k) && k.type !== r.type);
  return {
    source,
    type: r.type,
    target,
    doc,
    quote: r.quote,
    amount: r.amount,
    date: "",
    certainty: r.certainty,
    note: r.carried ? `subject carried over from the sentence (${r.source.text})` : "",
    status: same ? "known" : other ? "conflict" : "new",
    decision: "",
    rule: other && !same ? `${r.rule}; data has ${other.source} ${other.type} ${other.target}` : r.rule,
  };
}

/** The sentence (between 。！？；or line breaks) that holds offsets start..end. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[。！？；\n]/.test(text[from - 1] ?? "")) from--;
  let to = end;
  while (to < text.length && !/[。！？；\n]/.test(text[to] ?? "")) to++;
  return text.slice(from, Math.min(text.length, to + 1)).trim();
}
