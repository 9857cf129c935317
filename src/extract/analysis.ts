// What the extractor reads besides the text: the simplified copy (same offsets) and its LAC words
// (segmentation, POS and PER/LOC/ORG/TIME). Made once per text; the rules then run synchronously.
import type { Lac, Token } from "./lac/lac.js";
import { fullWidthPunctuation } from "./punctuation.js";
import { toSimplified } from "./script.js";

export interface Analysis {
  /** The text in simplified script with full-width punctuation, offset for offset the same as the document. */
  text: string;
  /** LAC words of `text`, in order. */
  tokens: readonly Token[];
}

export async function analyse(text: string, lac: Lac): Promise<Analysis> {
  const simplified = fullWidthPunctuation(toSimplified(text));
  return { text: simplified, tokens: await lac.analyse(simplified) };
}
