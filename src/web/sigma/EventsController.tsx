// Renderless: click selects, double-click expands, hover highlights, click on the stage clears.
import { useEffect } from "react";
import type { SigmaEvents } from "sigma/types";
import { useSigma } from "./context.js";

export interface EventsProps {
  onSelect(id: string | null): void;
  onExpand(id: string): void;
  onHover(id: string | null): void;
  /** A click on a hub's "+N more" placeholder. */
  onMore(id: string): void;
}

type Handlers = Partial<SigmaEvents>;

export function EventsController({ onSelect, onExpand, onHover, onMore }: EventsProps) {
  const sigma = useSigma();
  useEffect(() => {
    const graph = sigma.getGraph();
    const isMore = (id: string) => graph.getNodeAttribute(id, "kind") === "more";
    const container = sigma.getContainer();
    const handlers: Handlers = {
      clickNode: ({ node }) => (isMore(node) ? onMore(node) : onSelect(node)),
      doubleClickNode: (e) => {
        e.preventSigmaDefault();
        if (!isMore(e.node)) onExpand(e.node);
      },
      enterNode: ({ node }) => {
        container.style.cursor = "pointer";
        onHover(node);
      },
      leaveNode: () => {
        container.style.cursor = "";
        onHover(null);
      },
      clickStage: () => onSelect(null),
    };
    // Each handler is added and removed by reference, as react-sigma's useRegisterEvents does:
    // removeAllListeners would also drop other components' handlers (the edge tooltip's).
    const entries = Object.entries(handlers) as [keyof SigmaEvents, SigmaEvents[keyof SigmaEvents]][];
    for (const [event, handler] of entries) sigma.on(event, handler);
    return () => {
      for (const [event, handler] of entries) sigma.off(event, handler);
    };
  }, [sigma, onSelect, onExpand, onHover, onMore]);
  return null;
}
