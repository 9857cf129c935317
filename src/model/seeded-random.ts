// A seeded random source (mulberry32) shared by every layer that needs repeatable "randomness":
// Louvain in the browser, the synthetic benchmark data, and the kill points of the fault tests.

/** Returns a generator of numbers in [0, 1) that gives the same sequence for the same seed everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
