// Where the launcher's sources and build output live, and the files it keeps in a data directory.
import { fileURLToPath } from "node:url";
import path from "node:path";

/** Repository root, found from this file so callers may run from any working directory. */
const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export const LAUNCHER_DIR = path.join(PROJECT_ROOT, "neo4j");
export const LAUNCHER_POM = path.join(LAUNCHER_DIR, "pom.xml");
export const LAUNCHER_SRC = path.join(LAUNCHER_DIR, "src");
export const LAUNCHER_TARGET = path.join(LAUNCHER_DIR, "target");
export const LAUNCHER_JAR = path.join(LAUNCHER_TARGET, "launcher.jar");
export const LAUNCHER_LIB = path.join(LAUNCHER_TARGET, "lib");
export const LAUNCHER_MAIN_CLASS = "org.ningbograph.Launcher";

/** The launcher's own files inside a data directory (Neo4j keeps data/ and logs/ beside them). */
export function dataDirFiles(dataDir: string): { password: string; pid: string } {
  return { password: path.join(dataDir, "password"), pid: path.join(dataDir, "neo4j.pid") };
}
