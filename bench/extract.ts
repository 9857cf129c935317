// The extractor's docs/s for npm run bench (one note in its report); run alone: tsx bench/extract.ts.
import { benchExtract, describeExtractBench } from "../src/extract/throughput.js";

/** The note npm run bench adds to its report. */
export async function extractNote(): Promise<string> {
  return describeExtractBench(await benchExtract(3, new URL("../data", import.meta.url).pathname));
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await extractNote());
