// The linear-chain CRF decode of LAC: Viterbi over per-character emission scores and the tag
// transition matrix, then BIO grouping of the best path into words with their tag.
import type { Matrix } from "./npy.js";

/**
 * The best tag path for `length` positions. `emissions` is row-major (position x tag) with
 * `transitions.cols` tags; transitions.data[i * n + j] scores tag i followed by tag j.
 */
export function viterbi(emissions: Float32Array, length: number, transitions: Matrix): number[] {
  const n = transitions.cols;
  if (length === 0) return [];
  let score = Float64Array.from(emissions.subarray(0, n));
  const back: Int32Array[] = [];
  for (let t = 1; t < length; t++) {
    const next = new Float64Array(n);
    const pointers = new Int32Array(n);
    for (let j = 0; j < n; j++) {
      let best = -Infinity;
      let arg = 0;
      for (let i = 0; i < n; i++) {
        const s = (score[i] ?? 0) + (transitions.data[i * n + j] ?? 0);
        if (s > best) {
          best = s;
          arg = i;
        }
      }
      next[j] = best + (emissions[t * n + j] ?? 0);
      pointers[j] = arg;
    }
    back.push(pointers);
    score = next;
  }
  let last = 0;
  for (let j = 1; j < n; j++) if ((score[j] ?? 0) > (score[last] ?? 0)) last = j;
  const path = [last];
  for (let t = back.length - 1; t >= 0; t--) path.push(back[t]?.[path[path.length - 1] ?? 0] ?? 0);
  return path.reverse();
}

export interface Token {
  /** UTF-16 offsets into the analysed text. */
  start: number;
  end: number;
  text: string;
  /** LAC tag: PER, LOC, ORG, TIME or a POS tag (n, v, nz, ns, nt, w …). */
  tag: string;
}

/**
 * Groups characters into words: a tag ending in -I continues the word before it, any other tag
 * (-B, O, or unknown) starts a new one. `chars` are the analysed characters with their offsets.
 */
export function groupBio(
  chars: readonly { start: number; end: number }[],
  text: string,
  path: readonly number[],
  tagOf: (id: number) => string,
): Token[] {
  const tokens: Token[] = [];
  path.forEach((id, i) => {
    const char = chars[i];
    if (!char) return;
    const raw = tagOf(id);
    const last = tokens[tokens.length - 1];
    if (raw.endsWith("-I") && last) {
      last.end = char.end;
      last.text = text.slice(last.start, last.end);
      return;
    }
    tokens.push({
      start: char.start,
      end: char.end,
      text: text.slice(char.start, char.end),
      tag: raw.replace(/-[BI]$/, ""),
    });
  });
  return tokens;
}
