// Strict UTF-8 decoding and offset-to-position arithmetic for data files.
import type { Position } from "./issues.js";

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; byteOffset: number; at: Position };

const fatalDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const lenientDecoder = new TextDecoder("utf-8", { fatal: false });

/**
 * Decodes bytes as UTF-8, refusing anything else (a GBK or Latin-1 file would otherwise load as
 * mojibake). On failure, says where the first bad byte is, as byte offset and line:column.
 */
export function decodeUtf8Strict(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: fatalDecoder.decode(bytes) };
  } catch {
    const byteOffset = firstInvalidByte(bytes);
    return { ok: false, byteOffset, at: bytePosition(bytes, byteOffset) };
  }
}

/** Finds the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix: decoding a prefix only fails if it contains the bad byte
  // (a prefix cut inside a valid sequence fails too, so widen the cut by up to 3 bytes).
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (validPrefix(bytes, mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

function validPrefix(bytes: Uint8Array, end: number): boolean {
  for (let cut = end; cut <= Math.min(end + 3, bytes.length); cut++) {
    try {
      fatalDecoder.decode(bytes.subarray(0, cut));
      return true;
    } catch {
      // try a longer cut: `end` may split a multi-byte character
    }
  }
  return false;
}

/** Line and column (in characters) of a byte offset, counting only the valid text before it. */
function bytePosition(bytes: Uint8Array, byteOffset: number): Position {
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < byteOffset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = lenientDecoder.decode(bytes.subarray(lineStart, byteOffset));
  return { line, column: [...before].length + 1 };
}
