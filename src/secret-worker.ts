// The secret rule's worker thread (dist/secret-worker.js), started by rules/secret/threaded.ts.
import { serveSecretScans } from "./rules/secret/worker.js";

serveSecretScans();
