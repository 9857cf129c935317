// A throw-away tmpfs mount (tiny for "disk full", read-only for "unwritable"); needs root. Returns
// undefined with the reason when mounting is not possible here, so the test can say why it skipped.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Tmpfs {
  dir: string;
  unmount(): void;
}

export function mountTmpfs(options: string): Tmpfs | string {
  if (process.getuid?.() !== 0) return "not root: mount -t tmpfs needs root";
  const dir = mkdtempSync(join(tmpdir(), "nig-tmpfs-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir], { stdio: "pipe" });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return `mount -t tmpfs failed: ${(error as Error).message.split("\n")[0]}`;
  }
  return {
    dir,
    unmount: () => {
      try {
        execFileSync("umount", ["-l", dir], { stdio: "pipe" });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
