// The real LAC model for the extractor's tests (fetched into the cache on first use, as in use):
// one loaded model, extraction of a short text against given known entities, and such an entity.
import { analyse } from "../../src/extract/analysis.js";
import { extractDocument, type Extraction } from "../../src/extract/extract.js";
import { Lac } from "../../src/extract/lac/lac.js";
import type { EntityRecord, RelationRecord } from "../../src/model/records.js";

let loaded: Promise<Lac> | undefined;

export function lac(): Promise<Lac> {
  loaded ??= Lac.load();
  return loaded;
}

export async function extractWith(
  text: string,
  entities: readonly EntityRecord[],
  relations: readonly RelationRecord[] = [],
  doc = "test-doc",
): Promise<Extraction> {
  return extractDocument(doc, text, { entities, relations }, await analyse(text, await lac()));
}

/** A known entity for a test, with the columns a test does not care about left empty. */
export const knownEntity = (
  id: string,
  type: EntityRecord["type"],
  subtype: string,
  name_zh: string,
  aliases: string[] = [],
): EntityRecord => ({ id, type, subtype, name_zh, name_en: "", aliases, description_en: "" });
