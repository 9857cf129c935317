// Checks that do not block a load but point at likely slips: quotes that name neither end of their
// relation (often fine: texts use short forms), and aliases no document uses.
import type { EntityRecord, RelationRecord } from "../model/records.js";
import { ENTITIES_FILE } from "./entities.js";
import type { IssueList, Position } from "./issues.js";
import { formsFoundIn, type SurfaceForm } from "./mentions.js";
import { RELATIONS_FILE } from "./relations.js";

/** Warns for each quote that contains no name, alias or English name of either end. */
export function warnQuotesWithoutNames(
  relations: readonly RelationRecord[],
  quoteAt: readonly Position[],
  entities: ReadonlyMap<string, EntityRecord>,
  issues: IssueList,
): void {
  relations.forEach((relation, index) => {
    // An end that failed validation has its own error; a warning about it would only add noise.
    if (!entities.has(relation.source) || !entities.has(relation.target)) return;
    const quote = relation.quote.toLowerCase();
    const names = (id: string): string[] => {
      const entity = entities.get(id);
      return entity ? [entity.name_zh, entity.name_en, ...entity.aliases].filter((n) => n !== "") : [];
    };
    const found = [...names(relation.source), ...names(relation.target)].some((name) => quote.includes(name.toLowerCase()));
    if (!found) {
      const at = quoteAt[index] ?? { line: 1, column: 1 };
      issues.warning(RELATIONS_FILE, at, `the quote names neither "${relation.source}" nor "${relation.target}"; if the text uses a short form, add it to that entity's aliases`);
    }
  });
}

/** Warns for each alias that occurs in no document: it may be misspelt, and it will find no mentions. */
export function warnUnusedAliases(
  entities: readonly EntityRecord[],
  aliasesAt: ReadonlyMap<string, Position>,
  texts: readonly string[],
  issues: IssueList,
): void {
  // One scan per text with the mention index, not one includes per alias per text (issue 8).
  const forms: SurfaceForm[] = entities.flatMap((entity) => entity.aliases.map((form) => ({ form, entity: entity.id })));
  const used = new Set<string>();
  for (const text of texts) for (const form of formsFoundIn(text, forms)) used.add(form);
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      // formsFoundIn skips "" (as the mention index does); includes("") is always true.
      if (alias === "" || used.has(alias)) continue;
      const at = aliasesAt.get(entity.id) ?? { line: 1, column: 1 };
      issues.warning(ENTITIES_FILE, at, `alias "${alias}" of "${entity.id}" occurs in no document; check its spelling`);
    }
  }
}
