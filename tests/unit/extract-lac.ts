// The real LAC model for the extractor's tests (fetched into the cache on first use, as in use):
// one loaded model, and extraction of a short text against given known entities.
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
