// The one component that owns the Sigma instance; controllers (its children) add behaviour.
import { useEffect, useRef, useState, type ReactNode } from "react";
import Sigma from "sigma";
import type { ExplorerGraph } from "../graph/attributes.js";
import { SigmaContext, type ExplorerSigma } from "./context.js";
import { ensureFont } from "./font.js";
import { installLabelLayer } from "./labelLayer.js";
import { SIGMA_SETTINGS } from "./settings.js";

const labelText = (graph: ExplorerGraph): string => {
  const chars = new Set<string>();
  graph.forEachNode((_n, a) => {
    for (const c of a.name_zh + a.name_en) chars.add(c);
  });
  return [...chars].join("");
};

export function GraphCanvas({ graph, children }: { graph: ExplorerGraph; children?: ReactNode }) {
  const container = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<ExplorerSigma | null>(null);

  useEffect(() => {
    let instance: ExplorerSigma | null = null;
    let uninstall = () => {};
    let cancelled = false;
    // Labels drawn before the font arrives render as boxes, so sigma starts only after it has loaded.
    void ensureFont(labelText(graph)).then(() => {
      if (cancelled || !container.current) return;
      instance = new Sigma(graph, container.current, SIGMA_SETTINGS);
      uninstall = installLabelLayer(instance);
      setSigma(instance);
    });
    // New nodes may need new font subsets: load them, then redraw.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const onAdded = () => {
      clearTimeout(pending);
      pending = setTimeout(() => void ensureFont(labelText(graph)).then(() => instance?.refresh()), 50);
    };
    graph.on("nodeAdded", onAdded);
    return () => {
      cancelled = true;
      clearTimeout(pending);
      graph.off("nodeAdded", onAdded);
      uninstall();
      instance?.kill();
      setSigma(null);
    };
  }, [graph]);

  return (
    <div
      className="graph-canvas"
      ref={container}
      data-testid="graph-canvas"
      data-ready={sigma ? "yes" : "no"}
    >
      {sigma && <SigmaContext.Provider value={sigma}>{children}</SigmaContext.Provider>}
    </div>
  );
}
