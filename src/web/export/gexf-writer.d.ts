// The GEXF writer alone: graphology-gexf/browser also loads its parser, which needs the DOM's
// DOMParser at import time, so `npm run export` (Node) could not import the writer through it.
declare module "graphology-gexf/common/writer.js" {
  import type { write } from "graphology-gexf/browser";
  const writeGexf: typeof write;
  export default writeGexf;
}
