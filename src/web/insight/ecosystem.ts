// The ecosystem of a park or institution, for a presenter: its members, its funds, its partners.
import type { Subgraph } from "../../model/api.js";
import type { RelationType } from "../../model/vocabulary.js";
import { inOf, insightGraph, otherEnd, outOf, touching, typeOf, unique } from "./index.js";

export interface EcosystemSummary {
  id: string;
  /** Units, sub-zones and residents: PART_OF, LOCATED_IN, INCUBATED towards it or from it. */
  members: string[];
  /** Funds it set up, runs, invests in or that sit in it. */
  funds: string[];
  /** Everyone else it has a relation with (partners, programs, supporters). */
  partners: string[];
}

const MEMBER_IN: RelationType[] = ["PART_OF", "LOCATED_IN"];

export function ecosystemSummary(sub: Pick<Subgraph, "nodes" | "edges">, id: string): EcosystemSummary {
  const g = insightGraph(sub);
  const members = unique([
    ...inOf(g, id, ...MEMBER_IN).map((e) => e.source),
    ...outOf(g, id, "INCUBATED").map((e) => e.target),
  ]);
  const around = unique(touching(g, id).map((e) => otherEnd(e, id)));
  const funds = around.filter((n) => typeOf(g, n) === "Fund");
  const taken = new Set([...members, ...funds, id]);
  const partners = around.filter((n) => !taken.has(n));
  return { id, members: members.filter((m) => !funds.includes(m)), funds, partners };
}

/** Types whose ecosystem the summary panel shows. */
export const ECOSYSTEM_TYPES = ["Park", "Institution"] as const;
