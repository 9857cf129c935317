// Precision, recall and F1 over sets of keys, and their micro sums.

export interface Score {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The score of `predicted` against `gold`. */
export function score(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): Score {
  let tp = 0;
  for (const p of predicted) if (gold.has(p)) tp++;
  return finish(tp, predicted.size, gold.size);
}

/** The micro average: counts summed, then the ratios. */
export function sum(scores: readonly Score[]): Score {
  const total = (key: "tp" | "predicted" | "gold"): number => scores.reduce((acc, s) => acc + s[key], 0);
  return finish(total("tp"), total("predicted"), total("gold"));
}

function finish(tp: number, predicted: number, gold: number): Score {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}
