// Renders the vocabulary as the Markdown tables that README.md and data/README.md carry;
// a unit test keeps those documents in step with src/model/vocabulary.ts.
import { ENTITY_TYPES, ENTITY_TYPE_INFO, RELATION_TYPES, RELATION_TYPE_INFO } from "./vocabulary.js";

/** The entity-type table: type, Chinese, subtypes. */
export function entityTypeTable(): string {
  const rows = ENTITY_TYPES.map((type) => {
    const info = ENTITY_TYPE_INFO[type];
    return `| ${type} | ${info.zh} | ${info.subtypes.join(", ")} |`;
  });
  return ["| type | zh | subtypes |", "| --- | --- | --- |", ...rows].join("\n");
}

/** The relation-type table: type, meaning, Chinese, direction. */
export function relationTypeTable(): string {
  const rows = RELATION_TYPES.map((type) => {
    const info = RELATION_TYPE_INFO[type];
    return `| ${type} | ${info.meaning} | ${info.zh} | ${info.directed ? "source → target" : "undirected"} |`;
  });
  return ["| type | meaning | zh | direction |", "| --- | --- | --- | --- |", ...rows].join("\n");
}
