// Public face of the bundled Neo4j: build, start, find, stop. The pieces live in ./bundled/.
export { ensureLauncherBuilt } from "./bundled/build.js";
export { startBundledNeo4j, type BundledNeo4j } from "./bundled/process.js";
export { findRunningBundled, stopByPidFile } from "./bundled/pidfile.js";
export { findFreePort, isPortFree } from "./bundled/ports.js";
