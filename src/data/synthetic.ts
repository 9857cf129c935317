// Synthetic, valid data of any size, for load tests and benchmarks: names that occur verbatim in
// the documents, quotes that are exact substrings, a realistic mix of types.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { DOCUMENT_COLUMNS, ENTITY_COLUMNS, RELATION_COLUMNS, type Dataset, type EntityRecord, type RelationRecord } from "../model/records.js";
import { ENTITY_TYPES, RELATION_TYPES } from "../model/vocabulary.js";
import { ENTITY_TYPE_INFO } from "../model/vocabulary.js";

export interface SyntheticSize {
  entities: number;
  relations: number;
  documents?: number;
}

/** A deterministic dataset: the same size always gives the same data (and the same data version). */
export function syntheticDataset({ entities: entityCount, relations: relationCount, documents: docCount = 3 }: SyntheticSize): Dataset {
  const width = String(entityCount).length;
  const entities: EntityRecord[] = Array.from({ length: entityCount }, (_, i) => {
    const type = ENTITY_TYPES[i % ENTITY_TYPES.length] ?? "Company";
    const number = String(i).padStart(width, "0");
    return {
      id: `synthetic-${number}`,
      type,
      subtype: ENTITY_TYPE_INFO[type].subtypes[0] ?? "",
      name_zh: `合成${ENTITY_TYPE_INFO[type].zh}${number}号`,
      name_en: `Synthetic ${type} ${number}`,
      aliases: [],
      description_en: "",
    };
  });
  const sentences: string[][] = Array.from({ length: docCount }, () => []);
  const relations: RelationRecord[] = [];
  for (let i = 0; i < relationCount && entityCount > 1; i++) {
    const source = entities[(i * 7) % entityCount] as EntityRecord;
    const target = entities[(i * 13 + 1) % entityCount] as EntityRecord;
    const type = RELATION_TYPES[i % RELATION_TYPES.length] ?? "SUPPORTS";
    const doc = i % docCount;
    const quote = `${source.name_zh}与${target.name_zh}第${i}项往来`;
    sentences[doc]?.push(`${quote}。`);
    relations.push({ source: source.id, type, target: target.id, doc: `synthetic-doc-${doc}`, quote, amount: "", date: "", certainty: i % 5 === 0 ? "implied" : "explicit", note: "" });
  }
  const documents = sentences.map((lines, d) => ({
    id: `synthetic-doc-${d}`,
    file: `synthetic-doc-${d}.txt`,
    title: `合成文档${d}`,
    title_en: `Synthetic document ${d}`,
    kind: "synthetic",
    publisher: "",
    authors: [],
    date: "2024-01-01",
    date_note: "",
    language: "zh",
    text: `${lines.join("\n")}\n`,
  }));
  return { documents, entities, relations };
}

/** Writes a dataset as a data directory (the CSV files and documents/), as the annotators would. */
export function writeDataDirectory(dir: string, dataset: Dataset): void {
  mkdirSync(join(dir, "documents"), { recursive: true });
  const csv = (columns: readonly string[], rows: Record<string, unknown>[]): string =>
    stringify(rows, { header: true, columns: [...columns] });
  writeFileSync(join(dir, "documents.csv"), csv(DOCUMENT_COLUMNS, dataset.documents.map((d) => ({ ...d, authors: d.authors.join("|") }))));
  writeFileSync(join(dir, "entities.csv"), csv(ENTITY_COLUMNS, dataset.entities.map((e) => ({ ...e, aliases: e.aliases.join("|") }))));
  writeFileSync(join(dir, "relations.csv"), csv(RELATION_COLUMNS, dataset.relations.map((r) => ({ ...r }))));
  for (const doc of dataset.documents) writeFileSync(join(dir, "documents", doc.file), doc.text);
}
