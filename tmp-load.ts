import neo4j from "neo4j-driver";
import { readFileSync } from "node:fs";
import { loadDataDirectory } from "./src/db/loader.js";
import { graphChecksum, countAllGenerations } from "./src/db/load/checksum.js";
const pw = readFileSync("/tmp/neo-b/data/password", "utf8").trim();
const d = neo4j.driver("bolt://127.0.0.1:7711", neo4j.auth.basic("neo4j", pw));
try {
  for (let i = 0; i < 2; i++) {
    const r = await loadDataDirectory(d, "tests/fixtures/valid-small", { log: console.log, batchSize: 3 });
    console.log(JSON.stringify(r));
    console.log(await graphChecksum(d), await countAllGenerations(d));
  }
  const res = await d.executeQuery("MATCH (e:Entity {id:'yongjiang-lab'}) RETURN properties(e) AS p, labels(e) AS l");
  console.log(res.records[0].toObject());
  const m = await d.executeQuery("MATCH (d:Document)-[m:MENTIONS]->(e:Entity) RETURN d.id, e.id, m.count, m.starts ORDER BY d.id, e.id");
  console.log(m.records.map(r => JSON.stringify(r.toObject())).join("\n"));
} finally { await d.close(); }
