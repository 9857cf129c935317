// The bulk load's store swap and its recovery after a crash at each point: before the swap the live
// store stays, during it the previous store comes back, after the commit the new one stays.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  commitSwap,
  previousDirOf,
  recoverInterruptedSwap,
  removePrevious,
  stagingDirOf,
  swapInStaged,
} from "../../src/db/bundled/swap.js";

let home: string;
let live: string;
const store = (dir: string, name: string) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "which"), name);
};
const which = (dir: string) => readFileSync(join(dir, "which"), "utf8");

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), "nig-swap-"));
  live = join(home, "data");
  store(live, "old");
  store(stagingDirOf(live), "new");
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

describe("the bulk store swap", () => {
  it("a crash before the swap: the live store stays, the staging store goes", () => {
    expect(recoverInterruptedSwap(live)).toMatch(/staging store/);
    expect(which(live)).toBe("old");
    expect(existsSync(stagingDirOf(live))).toBe(false);
  });

  it("a crash after the swap but before its commit: the previous store comes back", () => {
    swapInStaged(live);
    expect(which(live)).toBe("new");
    expect(recoverInterruptedSwap(live)).toMatch(/put back/);
    expect(which(live)).toBe("old");
    expect(existsSync(previousDirOf(live))).toBe(false);
  });

  it("a crash between moving the live store aside and moving the new one in: the previous store comes back", () => {
    swapInStaged(live);
    rmSync(live, { recursive: true, force: true }); // as if the second rename had not happened
    recoverInterruptedSwap(live);
    expect(which(live)).toBe("old");
  });

  it("after the commit: the new store stays, the previous one is deleted", () => {
    swapInStaged(live);
    commitSwap(live);
    expect(recoverInterruptedSwap(live)).toMatch(/replaced/);
    expect(which(live)).toBe("new");
    expect(existsSync(previousDirOf(live))).toBe(false);
  });

  it("a completed swap leaves nothing to recover", () => {
    swapInStaged(live);
    commitSwap(live);
    removePrevious(live);
    expect(recoverInterruptedSwap(live)).toBeUndefined();
    expect(which(live)).toBe("new");
  });
});
