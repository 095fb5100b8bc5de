#!/usr/bin/env node
// The `leakgate` command. Everything it does lives in cli/main.ts.
import { main } from "./cli/main.js";
import { untilSettled } from "./core/stalled.js";
import { removeTempDirsOnExit } from "./engine/temp-dirs.js";
import { offerSecretWorker } from "./rules/secret/threaded.js";

removeTempDirsOnExit();
offerSecretWorker(new URL("./secret-worker.js", import.meta.url));

process.exitCode = await untilSettled(
  main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  }),
  (message) => process.stderr.write(`${message}\n`),
);
