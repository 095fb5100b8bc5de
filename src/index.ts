// The GitHub Action's entry point (dist/index.js). Everything it does lives in action/main.ts.
import { reportFailure, run } from "./action/main.js";
import { untilSettled } from "./core/stalled.js";
import { removeTempDirsOnExit } from "./engine/temp-dirs.js";
import { offerSecretWorker } from "./rules/secret/threaded.js";

removeTempDirsOnExit();
offerSecretWorker(new URL("./secret-worker.js", import.meta.url));

await untilSettled(run(), reportFailure);
