// Renderless: click selects, double-click expands, hover highlights, click on the stage clears.
import { useEffect } from "react";
import { useSigma } from "./context.js";

export interface EventsProps {
  onSelect(id: string | null): void;
  onExpand(id: string): void;
  onHover(id: string | null): void;
  /** A click on a hub's "+N more" placeholder. */
  onMore(id: string): void;
}

export function EventsController({ onSelect, onExpand, onHover, onMore }: EventsProps) {
  const sigma = useSigma();
  useEffect(() => {
    const graph = sigma.getGraph();
    const isMore = (id: string) => graph.getNodeAttribute(id, "kind") === "more";
    const container = sigma.getContainer();
    sigma.on("clickNode", ({ node }) => (isMore(node) ? onMore(node) : onSelect(node)));
    sigma.on("doubleClickNode", (e) => {
      e.preventSigmaDefault();
      if (!isMore(e.node)) onExpand(e.node);
    });
    sigma.on("enterNode", ({ node }) => {
      container.style.cursor = "pointer";
      onHover(node);
    });
    sigma.on("leaveNode", () => {
      container.style.cursor = "";
      onHover(null);
    });
    sigma.on("clickStage", () => onSelect(null));
    return () => {
      sigma.removeAllListeners("clickNode");
      sigma.removeAllListeners("doubleClickNode");
      sigma.removeAllListeners("enterNode");
      sigma.removeAllListeners("leaveNode");
      sigma.removeAllListeners("clickStage");
    };
  }, [sigma, onSelect, onExpand, onHover, onMore]);
  return null;
}
