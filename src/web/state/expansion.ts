// Expansions are named by a compact key: it tags the nodes they bring in and travels in the URL.
import { isEntityType, isRelationType } from "../../model/vocabulary.js";
import { DEFAULT_EXPAND_LIMIT, type Expansion } from "./types.js";

/** `id~depth~REL+REL~Type+Type~limit`, e.g. `yongjiang-lab~1~~~30`. */
export function expansionKey(e: Expansion): string {
  return [e.id, e.depth, e.relTypes.join("+"), e.types.join("+"), e.limit].join("~");
}

/** Parses a key written by `expansionKey`; null when it is not one (a hand-edited URL). */
export function parseExpansionKey(key: string): Expansion | null {
  const [id, depth, rels = "", types = "", limit = String(DEFAULT_EXPAND_LIMIT)] = key.split("~");
  const d = Number(depth);
  const l = Number(limit);
  if (!id || (d !== 1 && d !== 2 && d !== 3) || !Number.isInteger(l) || l < 1) return null;
  const relTypes = rels ? rels.split("+") : [];
  const entityTypes = types ? types.split("+") : [];
  if (!relTypes.every(isRelationType) || !entityTypes.every(isEntityType)) return null;
  return { id, depth: d, relTypes, types: entityTypes, limit: l };
}
