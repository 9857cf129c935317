// Validates entities.csv: ids, types and subtypes from the vocabulary, and names that are unique.
import type { EntityRecord } from "../model/records.js";
import { ENTITY_COLUMNS } from "../model/records.js";
import { ENTITY_TYPE_INFO, ENTITY_TYPES, isEntityType } from "../model/vocabulary.js";
import { field, readCsvTable, type CsvRow } from "./csv.js";
import type { IssueList, Position } from "./issues.js";
import { normaliseName, splitList } from "./names.js";
import { checkIdFormat, checkRequired, IdRegistry } from "./required.js";

export const ENTITIES_FILE = "entities.csv";
const REQUIRED = ["id", "type", "name_zh"] as const;

export interface EntitiesRead {
  entities: EntityRecord[];
  /** Every id the file declares, valid or not, so one bad row does not cascade into relations. */
  declared: Set<string>;
  /** False when the file could not be parsed: then nothing can be said about ids it declares. */
  parsed: boolean;
  /** Where each valid entity's aliases cell sits, for warnings about single aliases. */
  aliasesAt: Map<string, Position>;
}

/** Validates entities.csv (`csvText`); see the checks listed in the file header. */
export function readEntities(csvText: string, issues: IssueList): EntitiesRead {
  const result: EntitiesRead = { entities: [], declared: new Set(), parsed: false, aliasesAt: new Map() };
  const table = readCsvTable(ENTITIES_FILE, csvText, ENTITY_COLUMNS, issues);
  if (!table) return result;
  result.parsed = true;
  const ids = new IdRegistry(ENTITIES_FILE, issues);
  const names = new NameRegistry(issues);
  for (const row of table.rows) {
    const entity = readEntity(row, ids, issues);
    const id = field(row, "id").value;
    if (id !== "") result.declared.add(id);
    const namesOk = names.claim(row, id);
    if (entity && namesOk) {
      result.entities.push(entity);
      result.aliasesAt.set(entity.id, field(row, "aliases").at);
    }
  }
  return result;
}

function readEntity(row: CsvRow, ids: IdRegistry, issues: IssueList): EntityRecord | undefined {
  let ok = checkRequired(ENTITIES_FILE, row, REQUIRED, issues);
  const id = field(row, "id");
  const type = field(row, "type");
  const subtype = field(row, "subtype");
  if (!checkIdFormat(ENTITIES_FILE, "id", id.value, id.at, issues)) ok = false;
  else if (id.value !== "" && !ids.claim(id.value, id.at)) ok = false;
  if (type.value !== "" && !isEntityType(type.value)) {
    issues.error(ENTITIES_FILE, type.at, `unknown entity type "${type.value}"; use one of: ${ENTITY_TYPES.join(", ")}`);
    return undefined;
  }
  if (!ok || !isEntityType(type.value)) return undefined;
  const allowed = ENTITY_TYPE_INFO[type.value].subtypes;
  if (subtype.value !== "" && !allowed.includes(subtype.value)) {
    issues.error(ENTITIES_FILE, subtype.at, `unknown subtype "${subtype.value}" for type ${type.value}; use one of: ${allowed.join(", ")} (or add it to src/model/vocabulary.ts)`);
    return undefined;
  }
  const name_zh = field(row, "name_zh").value;
  return {
    id: id.value,
    type: type.value,
    subtype: subtype.value,
    name_zh,
    name_en: field(row, "name_en").value,
    aliases: [...new Set(splitList(field(row, "aliases").value))].filter((alias) => alias !== name_zh),
    description_en: field(row, "description_en").value,
  };
}

/** One surface form may name only one entity, or mentions and search become ambiguous. */
class NameRegistry {
  private readonly owners = new Map<string, { id: string; line: number }>();

  constructor(private readonly issues: IssueList) {}

  claim(row: CsvRow, id: string): boolean {
    const forms: { form: string; at: Position; column: string }[] = [];
    const name = field(row, "name_zh");
    if (name.value !== "") forms.push({ form: name.value, at: name.at, column: "name_zh" });
    const aliases = field(row, "aliases");
    for (const alias of splitList(aliases.value)) forms.push({ form: alias, at: aliases.at, column: "aliases" });
    let ok = true;
    for (const { form, at, column } of forms) {
      const key = normaliseName(form);
      const owner = this.owners.get(key);
      if (owner && owner.id !== id) {
        this.issues.error(ENTITIES_FILE, at, `"${form}" in ${column} already names entity "${owner.id}" (line ${owner.line}); one name or alias may name only one entity: remove it from one of them`);
        ok = false;
      } else if (!owner) {
        this.owners.set(key, { id, line: row.line });
      }
    }
    return ok;
  }
}
