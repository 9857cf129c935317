// Public face of the bundled Neo4j: build, start, find, stop. The pieces live in ./bundled/.
export { ensureLauncherBuilt } from "./bundled/build.js";
export {
  startBundledNeo4j,
  BundledNeo4jError,
  type BundledNeo4j,
  type BundledNeo4jOptions,
} from "./bundled/process.js";
export { findRunningBundled, stopByPidFile, type RunningBundled } from "./bundled/pidfile.js";
export { findFreePort, isPortFree } from "./bundled/ports.js";
export { checkJava, checkMaven, PrerequisiteError } from "./bundled/prereqs.js";
