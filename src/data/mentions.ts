// Finds where entities are named in a document: every occurrence of a name or alias, longest first.

/** A surface form (name_zh or alias) and the entity it names. */
export interface SurfaceForm {
  form: string;
  entity: string;
}

/** The mentions of one entity in one text: UTF-16 offsets, start inclusive, end exclusive. */
export interface EntityMentions {
  starts: number[];
  ends: number[];
}

/**
 * Scans `text` for every form. Where matches overlap, the longest wins (宁波高新区 over 宁波), then the
 * earliest. Returns the mentions by entity id, each list in text order.
 */
export function findMentions(text: string, forms: readonly SurfaceForm[]): Map<string, EntityMentions> {
  const { entityOf, lengthsByFirst } = formIndex(forms);
  const candidates: { start: number; end: number; entity: string }[] = [];
  for (let at = 0; at < text.length; at++) {
    for (const length of lengthsByFirst.get(text.charAt(at)) ?? []) {
      const entity = at + length <= text.length ? entityOf.get(text.slice(at, at + length)) : undefined;
      if (entity !== undefined) candidates.push({ start: at, end: at + length, entity });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const chosen: typeof candidates = [];
  for (const candidate of candidates) {
    let free = true;
    for (let i = candidate.start; i < candidate.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    chosen.push(candidate);
  }
  chosen.sort((a, b) => a.start - b.start);
  const byEntity = new Map<string, EntityMentions>();
  for (const { start, end, entity } of chosen) {
    const mentions = byEntity.get(entity) ?? { starts: [], ends: [] };
    mentions.starts.push(start);
    mentions.ends.push(end);
    byEntity.set(entity, mentions);
  }
  return byEntity;
}

/**
 * The forms that occur anywhere in `text`, overlaps included (unlike `findMentions`, where a longer
 * form hides the shorter ones inside it): what `text.includes(form)` would say, in one scan.
 */
export function formsFoundIn(text: string, forms: readonly SurfaceForm[]): Set<string> {
  const { entityOf, lengthsByFirst } = formIndex(forms);
  const found = new Set<string>();
  for (let at = 0; at < text.length; at++) {
    for (const length of lengthsByFirst.get(text.charAt(at)) ?? []) {
      const form = at + length <= text.length ? text.slice(at, at + length) : undefined;
      if (form !== undefined && entityOf.has(form)) found.add(form);
    }
  }
  return found;
}

/** Every surface form of the entities, for `findMentions`. */
export function surfaceForms(entities: readonly { id: string; name_zh: string; aliases: readonly string[] }[]): SurfaceForm[] {
  return entities.flatMap((entity) => [entity.name_zh, ...entity.aliases].map((form) => ({ form, entity: entity.id })));
}

interface FormIndex {
  /** Each form to its entity (the first one listed, as the scan order used to decide). */
  entityOf: Map<string, string>;
  /** For each first character, the lengths of the forms starting with it. */
  lengthsByFirst: Map<string, number[]>;
}

// One scan of the text per document instead of one indexOf per form per document: the old loop was
// O(forms x text) and took minutes at 10^5 relations (issue 8). The index is built once per forms list.
const formIndexes = new WeakMap<readonly SurfaceForm[], FormIndex>();

function formIndex(forms: readonly SurfaceForm[]): FormIndex {
  let index = formIndexes.get(forms);
  if (index) return index;
  index = { entityOf: new Map(), lengthsByFirst: new Map() };
  for (const { form, entity } of forms) {
    if (form === "" || index.entityOf.has(form)) continue;
    index.entityOf.set(form, entity);
    const lengths = index.lengthsByFirst.get(form.charAt(0)) ?? [];
    if (!lengths.includes(form.length)) lengths.push(form.length);
    index.lengthsByFirst.set(form.charAt(0), lengths);
  }
  formIndexes.set(forms, index);
  return index;
}
