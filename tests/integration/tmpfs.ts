// A throw-away tmpfs mount (tiny for "disk full", read-only for "unwritable"). Mounting needs root: when
// it is not possible here the call throws with the reason, so the test fails saying why instead of skipping.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Tmpfs {
  dir: string;
  /** Remounts with new options (e.g. a larger `size=`), keeping the files: "free some space". */
  resize(options: string): void;
  unmount(): void;
}

export function mountTmpfs(options: string): Tmpfs {
  if (process.getuid?.() !== 0)
    throw new Error(
      "mountTmpfs: the full-disk and read-only checks mount a tmpfs, which needs root; run the integration tests as root, as .ci/run does",
    );
  const dir = mkdtempSync(join(tmpdir(), "nig-tmpfs-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir], { stdio: "pipe" });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `mountTmpfs: mount -t tmpfs -o ${options} failed: ${(error as Error).message.split("\n")[0]}`,
      { cause: error },
    );
  }
  return {
    dir,
    resize: (next) => execFileSync("mount", ["-o", `remount,${next}`, dir], { stdio: "pipe" }),
    unmount: () => {
      try {
        execFileSync("umount", ["-l", dir], { stdio: "pipe" });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
