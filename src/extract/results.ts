// The shape of the extractor's results file, written by npm run extract:eval and read by the
// README's figures module (bench/figures/extraction.ts).
import type { DocumentScore, Evaluation, Scores } from "./evaluate.js";

export const EXTRACT_RESULTS_FILE = "data/eval/results.json";

type Summary = { documents: Omit<DocumentScore, "details">[]; overall: Scores };

export interface ExtractResults {
  command: string;
  model: string;
  /** The development set's folder (data/eval/dev). */
  devSet: string;
  unseenSet: string;
  /** Leave one document out on the curated documents: the rules were tuned on these. */
  tuned: Summary;
  /** The development set against the whole curated data: the rules were tuned on it too. */
  dev: Summary;
  /** The unseen set as printed, with the misses (reported, never used for tuning). */
  unseen: Evaluation;
  /** The unseen set converted to traditional script. */
  traditional: Summary;
  /** Documents per second over the curated documents (bench/extract.ts), as a sentence. */
  speed?: string;
}
