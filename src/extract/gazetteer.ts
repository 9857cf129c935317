// The gazetteer: every name and alias of the curated entities, matched longest-first in a text
// (the same matcher the loader uses for MENTIONS, so "known" here means known to the graph).
import { findMentions, surfaceForms } from "../data/mentions.js";
import type { EntityRecord } from "../model/records.js";
import { nameKey } from "./keys.js";

export interface KnownMention {
  start: number;
  end: number;
  entity: EntityRecord;
  /** The surface form found (the name or one alias). */
  form: string;
}

export class Gazetteer {
  private readonly byId = new Map<string, EntityRecord>();
  private readonly byKey = new Map<string, EntityRecord>();

  /** `entities` are the known ones; each contributes its name_zh and aliases. */
  constructor(readonly entities: readonly EntityRecord[]) {
    for (const entity of entities) {
      this.byId.set(entity.id, entity);
      for (const form of [entity.name_zh, ...entity.aliases]) this.byKey.set(nameKey(form), entity);
    }
  }

  /** Every known mention in `text`, longest first where they overlap, in text order. */
  scan(text: string): KnownMention[] {
    const mentions: KnownMention[] = [];
    for (const [id, found] of findMentions(text, surfaceForms(this.entities))) {
      const entity = this.byId.get(id);
      if (!entity) continue;
      found.starts.forEach((start, i) => {
        const end = found.ends[i] ?? start;
        mentions.push({ start, end, entity, form: text.slice(start, end) });
      });
    }
    return mentions.sort((a, b) => a.start - b.start);
  }

  /** The entity a name denotes, comparing by nameKey (quotes, brackets and (筹) ignored). */
  lookup(name: string): EntityRecord | undefined {
    return this.byKey.get(nameKey(name));
  }

  get(id: string): EntityRecord | undefined {
    return this.byId.get(id);
  }
}
