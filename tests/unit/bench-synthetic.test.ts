// The benchmark's synthetic ecosystems: deterministic for a seed, heavy-tailed, and valid data/.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { degrees, syntheticEcosystem } from "../../bench/synthetic.js";
import { writeDataDirectory } from "../../src/data/synthetic.js";
import { validateDataDirectory } from "../../src/data/validate.js";

describe("bench synthetic ecosystem", () => {
  it("gives identical data for the same seed and different data for another", () => {
    const a = syntheticEcosystem({ relations: 2000, seed: 7 });
    expect(JSON.stringify(syntheticEcosystem({ relations: 2000, seed: 7 }))).toBe(JSON.stringify(a));
    expect(JSON.stringify(syntheticEcosystem({ relations: 2000, seed: 8 }))).not.toBe(JSON.stringify(a));
  });

  it("has heavy-tailed degrees: flagship parks and funds with far more links than the median", () => {
    const data = syntheticEcosystem({ relations: 30_000 });
    const sorted = [...degrees(data).entries()].sort((x, y) => y[1] - x[1]);
    const median = sorted[Math.floor(sorted.length / 2)]![1];
    const top = sorted.slice(0, Math.ceil(sorted.length / 100)).reduce((sum, [, d]) => sum + d, 0);
    expect(sorted[0]![1]).toBeGreaterThan(100 * median);
    expect(top / (2 * data.relations.length)).toBeGreaterThan(0.2); // top 1% hold over a fifth of the link ends
    const maxOf = (type: string) =>
      Math.max(...sorted.filter(([id]) => id.startsWith(`syn-${type}-`)).map(([, d]) => d));
    expect(maxOf("park")).toBeGreaterThan(500);
    expect(maxOf("fund")).toBeGreaterThan(500);
    const investments = data.relations.filter((r) => r.type === "INVESTED_IN");
    expect(investments.length / data.relations.length).toBeGreaterThan(0.2);
  });

  it("validates through validateDataDirectory with no errors", () => {
    const dir = mkdtempSync(join(tmpdir(), "nig-bench-synthetic-"));
    try {
      writeDataDirectory(dir, syntheticEcosystem({ relations: 3000, seed: 3 }));
      const result = validateDataDirectory(dir);
      expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
      expect(result.dataset?.relations).toHaveLength(3000);
      expect(result.dataset?.documents.length).toBeGreaterThanOrEqual(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
