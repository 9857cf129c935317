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
  const candidates: { start: number; end: number; entity: string }[] = [];
  for (const { form, entity } of forms) {
    if (form === "") continue;
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      candidates.push({ start: at, end: at + form.length, entity });
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

/** Every surface form of the entities, for `findMentions`. */
export function surfaceForms(entities: readonly { id: string; name_zh: string; aliases: readonly string[] }[]): SurfaceForm[] {
  return entities.flatMap((entity) => [entity.name_zh, ...entity.aliases].map((form) => ({ form, entity: entity.id })));
}
