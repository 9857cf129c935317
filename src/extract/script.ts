// Traditional script for analysis: the extractor reads a simplified copy of the text with exactly
// the same UTF-16 offsets, so every quote and name it finds is sliced from the document's own text.
import * as OpenCC from "opencc-js";

const toCn = OpenCC.Converter({ from: "t", to: "cn" });

/**
 * `text` in simplified script, character for character (same length, same offsets). OpenCC's
 * phrase tables may change a phrase's length; where they do, characters are converted one by one.
 */
export function toSimplified(text: string): string {
  const whole = toCn(text);
  if (whole.length === text.length) return whole;
  let out = "";
  for (const ch of text) {
    const converted = toCn(ch);
    out += converted.length === ch.length ? converted : ch;
  }
  return out;
}

const toTw = OpenCC.Converter({ from: "cn", to: "tw" });

/** `text` in traditional script (Taiwan standard), as mirrored pages print it; for evaluation. */
export function toTraditional(text: string): string {
  const whole = toTw(text);
  if (whole.length === text.length) return whole;
  let out = "";
  for (const ch of text) {
    const converted = toTw(ch);
    out += converted.length === ch.length ? converted : ch;
  }
  return out;
}
