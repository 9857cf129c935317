"""Reads the files `npm run export` wrote with readers nobody on the project wrote (networkx, igraph,
pandas) and prints what they found as one JSON object, for tests/integration/export-cli.test.ts.

usage: python3 read-exports.py KIND=PATH ...   (KIND: gexf, graphml, nodes_csv, edges_csv, json)
"""
import json
import sys

import networkx as nx

found = {}
for arg in sys.argv[1:]:
    kind, path = arg.split("=", 1)
    if kind == "gexf":
        g = nx.read_gexf(path)
        colours = {n: d.get("viz", {}).get("color") for n, d in g.nodes(data=True)}
        evidence = sum(len(json.loads(d["evidence"])) for _, _, d in g.edges(data=True))
        found["gexf"] = {
            "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "evidence": evidence,
            "types": sorted({d["type"] for _, d in g.nodes(data=True)}),
            "relTypes": sorted({d["type"] for _, _, d in g.edges(data=True)}),
            "colour": next((c for c in colours.values() if c), None),
            "labels": {n: d.get("label") for n, d in list(g.nodes(data=True))[:3]},
        }
    elif kind == "graphml":
        g = nx.read_graphml(path)
        found["graphml"] = {
            "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "evidence": sum(len(json.loads(d["evidence"])) for _, _, d in g.edges(data=True)),
        }
        try:
            import igraph
        except ImportError:
            continue
        ig = igraph.Graph.Read_GraphML(path)
        found["igraph"] = {"nodes": ig.vcount(), "edges": ig.ecount(), "directed": ig.is_directed()}
    elif kind in ("nodes_csv", "edges_csv"):
        import pandas

        frame = pandas.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
        found[kind] = {"rows": len(frame), "columns": list(frame.columns)}
        if kind == "edges_csv":
            found[kind]["emptyQuotes"] = int((frame["quote"] == "").sum())
    elif kind == "json":
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        found["json"] = {
            "nodes": len(data["nodes"]),
            "edges": len(data["edges"]),
            "evidence": sum(len(e["evidence"]) for e in data["edges"]),
            "dataVersion": data.get("dataVersion"),
        }
print(json.dumps(found, ensure_ascii=False))
