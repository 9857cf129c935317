// Gives controllers the one Sigma instance that GraphCanvas owns.
import { createContext, useContext } from "react";
import type Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs } from "../graph/attributes.js";

export type ExplorerSigma = Sigma<NodeAttrs, EdgeAttrs>;

export const SigmaContext = createContext<ExplorerSigma | null>(null);

/** The Sigma instance; only valid inside <GraphCanvas>. */
export function useSigma(): ExplorerSigma {
  const sigma = useContext(SigmaContext);
  if (!sigma) throw new Error("useSigma: called outside <GraphCanvas>; render controllers as its children.");
  return sigma;
}
