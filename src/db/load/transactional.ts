// The transactional path: writes a whole new generation through Bolt in batches (CREATE only: the
// rows are unique and the generation is new), refreshing the planner's statistics after the nodes.
import { writeBatches, type BatchContext } from "./batches.js";
import { replan } from "./generations.js";
import type { LoadRows } from "./rows.js";

/** Writes documents, entities, mentions and relations of `context.gen`; logs `batch N/M <kind>`. */
export async function writeGeneration(context: BatchContext, rows: LoadRows): Promise<void> {
  await writeBatches(context, "documents", "load-documents", rows.documents);
  await writeBatches(context, "entities", "load-entities", rows.entities);
  // The relationship phases look their ends up by (id, gen); plans made on the statistics of an empty
  // generation scan the index per row instead of seeking it.
  await replan(context);
  await writeBatches(context, "mentions", "load-mentions", rows.mentions);
  await writeBatches(context, "relations", "load-relations", rows.relations);
}
