// Finds the mentions of one document: known entities from the gazetteer, new names from the
// suffix patterns (a longer new name wins over the known names inside it), and short forms.
import type { EntityType } from "../model/vocabulary.js";
import { expandShortPrefix, isShortForm, KNOWN_SHORT_FORMS } from "./abbreviations.js";
import type { Gazetteer, KnownMention } from "./gazetteer.js";
import { nameKey } from "./keys.js";
import { findPatternNames } from "./names.js";
import { splitSentences } from "./sentences.js";

/** A review item: a new name that may be a known entity under another form. */
export interface Proposal {
  id: string;
  name: string;
  reason: string;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  subtype: string;
  /** `gazetteer`, `suffix:研究院`, `book-title`, `short-form`. */
  rule: string;
  /** The known entity when the gazetteer (or an exact key) matched it. */
  known?: string;
  /** A possible known entity, for review; never applied silently. */
  proposal?: Proposal;
  /** For a short form of an entity the data lacks: the full name it stands for (天大 -> 天津大学). */
  fullName?: string;
  /** Known entities named inside this mention (均胜电子 in 均胜电子创新产业园). */
  nested: string[];
}

/** Every mention in `text`, in text order and without overlaps. */
export function findDocumentMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const known = gazetteer.scan(text);
  const mentions: Mention[] = [];
  const patterns = splitSentences(text).flatMap((s) => findPatternNames(s.text).map((n) => ({ ...n, start: n.start + s.start, end: n.end + s.start })));
  const kept = new Set<KnownMention>(known);
  for (const name of patterns) {
    const inside = known.filter((k) => k.start < name.end && name.start < k.end);
    const contains = inside.every((k) => k.start >= name.start && k.end <= name.end && k.end - k.start < name.end - name.start);
    if (!contains) continue;
    for (const k of inside) kept.delete(k);
    mentions.push(resolveNew({ ...name, text: name.name, nested: [...new Set(inside.map((k) => k.entity.id))] }, gazetteer));
  }
  for (const k of kept) {
    mentions.push({ start: k.start, end: k.end, text: k.form, type: k.entity.type, subtype: k.entity.subtype, rule: "gazetteer", known: k.entity.id, nested: [] });
  }
  mentions.push(...findShortForms(text, gazetteer, mentions));
  return mentions.sort((a, b) => a.start - b.start);
}

function resolveNew(mention: Omit<Mention, "known" | "proposal"> & { name?: string }, gazetteer: Gazetteer): Mention {
  const { name: _name, ...rest } = mention;
  const exact = gazetteer.lookup(rest.text);
  if (exact) return { ...rest, known: exact.id, type: exact.type, subtype: exact.subtype };
  return { ...rest, proposal: propose(rest.text, gazetteer) };
}

/** Proposes a known entity that `name` may denote: a short form of it, or the same name with a short prefix. */
export function propose(name: string, gazetteer: Gazetteer): Proposal | undefined {
  const pairs = [...KNOWN_SHORT_FORMS, ...gazetteer.entities.flatMap((e) => e.aliases.map((alias) => ({ short: alias, full: e.name_zh })))];
  const expanded = expandShortPrefix(name, pairs);
  const viaPrefix = expanded ? gazetteer.lookup(expanded) : undefined;
  if (viaPrefix) return { id: viaPrefix.id, name: viaPrefix.name_zh, reason: `${name} reads as ${expanded} (short form expanded)` };
  const forms = [name, ...(name.startsWith("市") ? [`宁波${name}`] : [])];
  for (const entity of gazetteer.entities) {
    for (const form of forms) {
      if (isShortForm(form, entity.name_zh)) return { id: entity.id, name: entity.name_zh, reason: `${name} may be a short form of ${entity.name_zh}` };
      if (isShortForm(entity.name_zh, form) && nameKey(form).includes(nameKey(entity.name_zh).slice(0, 2)) && entity.name_zh.length >= 4) {
        return { id: entity.id, name: entity.name_zh, reason: `${entity.name_zh} may be a short form of ${name}` };
      }
    }
  }
  return undefined;
}

/** Short forms of known names (天大 for 天津大学) in text that no other mention covers. */
function findShortForms(text: string, gazetteer: Gazetteer, taken: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  const free = (start: number, end: number): boolean => ![...taken, ...found].some((m) => m.start < end && start < m.end);
  for (const { short, full } of KNOWN_SHORT_FORMS) {
    const entity = gazetteer.lookup(full);
    for (let at = text.indexOf(short); at !== -1; at = text.indexOf(short, at + 1)) {
      if (!free(at, at + short.length)) continue;
      const proposal = entity ? { id: entity.id, name: entity.name_zh, reason: `${short} is a common short form of ${full}` } : undefined;
      found.push({ start: at, end: at + short.length, text: short, type: entity?.type ?? "Institution", subtype: entity?.subtype ?? "", rule: "short-form", proposal, nested: [], ...(entity ? {} : { fullName: full }) });
    }
  }
  return found;
}
