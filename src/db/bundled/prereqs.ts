// Checks that Java (17+) and Maven are installed before we try to build or run the launcher.
import { spawnSync } from "node:child_process";

/** Java or Maven is missing or too old; the message says what to install. */
class PrerequisiteError extends Error {
  override name = "PrerequisiteError";
}

const MIN_JAVA = 17;

/** Returns the Java feature version (e.g. 17, 21). */
export function checkJava(): number {
  const result = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    throw new PrerequisiteError(
      `bundled Neo4j: 'java' was not found on PATH. Install a JDK ${MIN_JAVA} or 21 (Debian: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use another Neo4j.`,
    );
  }
  // `java -version` prints to stderr: openjdk version "17.0.15" / java version "1.8.0_392".
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  const major = match ? Number(match[1] === "1" ? match[2] : match[1]) : NaN;
  if (!(major >= MIN_JAVA)) {
    throw new PrerequisiteError(
      `bundled Neo4j: Java ${MIN_JAVA}+ is required (Neo4j 5.26 runs on 17 and 21), found ${match ? match[0] : "an unknown version"}. Install openjdk-17-jdk-headless and put it first on PATH.`,
    );
  }
  return major;
}

export function checkMaven(): void {
  const result = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    throw new PrerequisiteError(
      "bundled Neo4j: 'mvn' (Apache Maven) was not found on PATH; it builds neo4j/ once. Install it (Debian: apt-get install maven), or set NEO4J_URI to use another Neo4j.",
    );
  }
}
