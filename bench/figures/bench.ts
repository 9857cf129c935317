// README block figures:bench, from the committed results of the quick profile (npm run bench writes them).
import { renderReport, RESULTS_FILES, type BenchReport } from "../report.js";

export const source = RESULTS_FILES.quick;

export function render(results: BenchReport): string {
  return renderReport(results);
}
