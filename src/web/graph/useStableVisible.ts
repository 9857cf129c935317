// Keeps the same Visible object while its contents are unchanged, so the camera and reducers
// do not react to view changes that show nothing new (opening the reader, selecting in a panel).
import { useState } from "react";
import type { Visible } from "./visibility.js";

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((x) => b.has(x));

export function useStableVisible(next: Visible): Visible {
  const [kept, setKept] = useState(next);
  if (kept !== next && !(sameSet(kept.nodes, next.nodes) && sameSet(kept.edges, next.edges))) {
    setKept(next);
    return next;
  }
  return kept;
}
