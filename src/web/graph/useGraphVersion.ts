// A counter that changes when nodes/edges are added or their origins change (not on layout moves),
// so derived views (visibility, legend counts) recompute at most once a frame.
import { useEffect, useState } from "react";
import type { ExplorerGraph } from "./attributes.js";

export function useGraphVersion(graph: ExplorerGraph): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let frame = 0;
    const bump = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setVersion((v) => v + 1);
      });
    };
    const onAttr = (e: { type: string; name?: string }) => {
      if (e.type === "set" && e.name === "origins") bump();
    };
    graph.on("nodeAdded", bump);
    graph.on("edgeAdded", bump);
    graph.on("nodeDropped", bump);
    graph.on("nodeAttributesUpdated", onAttr);
    graph.on("edgeAttributesUpdated", onAttr);
    return () => {
      cancelAnimationFrame(frame);
      graph.off("nodeAdded", bump);
      graph.off("edgeAdded", bump);
      graph.off("nodeDropped", bump);
      graph.off("nodeAttributesUpdated", onAttr);
      graph.off("edgeAttributesUpdated", onAttr);
    };
  }, [graph]);
  return version;
}
