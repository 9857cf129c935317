// Ids for new entities: the pinyin of the name as lowercase ascii words (甬江实验室 -> yong-jiang-shi-yan-shi),
// made unique against the ids already taken.
import { pinyin } from "pinyin-pro";
import { ID_PATTERN } from "../data/names.js";

const MAX_WORDS = 10;

/** A fresh id for `name` that is not in `taken` (and is added to it). */
export function newEntityId(name: string, taken: Set<string>): string {
  const words = pinyin(name.normalize("NFKC"), {
    toneType: "none",
    type: "array",
    v: true,
    nonZh: "consecutive",
  })
    .map((word) => word.toLowerCase().replace(/[^a-z0-9]+/g, ""))
    .filter((word) => word !== "")
    .slice(0, MAX_WORDS);
  const base = words.join("-") || "entity";
  let id = base;
  for (let n = 2; taken.has(id) || !ID_PATTERN.test(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
