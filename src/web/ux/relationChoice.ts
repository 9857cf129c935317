// Pure helpers for the expand controls' relation-type choice.
import { RELATION_TYPES, type RelationType } from "../../model/vocabulary.js";

/** `chosen` with `type` added or removed, kept in the vocabulary's order so expansion keys are stable. */
export function toggleRelation(chosen: readonly RelationType[], type: RelationType): RelationType[] {
  const next = new Set(chosen);
  if (next.has(type)) next.delete(type);
  else next.add(type);
  return RELATION_TYPES.filter((r) => next.has(r));
}

/** The relation types among `relations`, most frequent first, with how many relations each has. */
export function relationCounts(relations: readonly { type: RelationType }[]): [RelationType, number][] {
  const counts = new Map<RelationType, number>();
  for (const r of relations) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  return [...counts].sort(
    (a, b) => b[1] - a[1] || RELATION_TYPES.indexOf(a[0]) - RELATION_TYPES.indexOf(b[0]),
  );
}
