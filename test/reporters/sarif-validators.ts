/**
 * The two independent judges of leakgate's SARIF: the official OASIS SARIF 2.1.0 JSON schema
 * (committed as test data, see test/golden/sarif-schema-2.1.0.NOTICE.md) run by ajv, and
 * Microsoft's SARIF multitool `validate`, with its GitHub code scanning rules (GHxxxx) on.
 */
import { execFile } from "node:child_process";
import { chmod, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { tempDir } from "../helpers/archives.js";

const repo = join(import.meta.dirname, "../..");
const run = promisify(execFile);

let compiled: ValidateFunction | undefined;

/**
 * A validator for the official schema. The schema is written for JSON Schema draft-04,
 * which ajv 8 reads as draft-07 once `id` is called `$id` (the only draft-04 keyword it
 * uses); the file itself stays byte for byte as OASIS published it.
 */
export async function officialSchemaValidator(): Promise<ValidateFunction> {
  if (compiled) return compiled;
  const schema = JSON.parse(await readFile(join(repo, "test/golden/sarif-schema-2.1.0.json"), "utf8"));
  const { id, $schema: _draft04, ...rest } = schema as { id: string; $schema: string };
  const ajv = new Ajv.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  compiled = ajv.compile({ ...rest, $id: id });
  return compiled;
}

export interface MultitoolProblem {
  ruleId: string;
  level: string;
  text: string;
}

/** Errors and warnings of `Sarif.Multitool validate`, SARIF and GitHub rules both. */
export async function multitoolProblems(sarifJson: string): Promise<MultitoolProblem[]> {
  const tool = join(repo, "node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");
  // npm runs no install scripts here unless approved, and the package's only one sets this bit.
  await chmod(tool, 0o755);
  const dir = await tempDir();
  const file = join(dir, "leakgate.sarif");
  const out = join(dir, "validation.sarif");
  await writeFile(file, sarifJson);
  await run(tool, ["validate", file, "-o", out, "--rule-kind", "Gh;Sarif", "--level", "Error;Warning"], {
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1" },
  });
  const log = JSON.parse(await readFile(out, "utf8")) as {
    runs: {
      results?: { ruleId: string; level?: string; message: { id?: string; arguments?: string[] } }[];
    }[];
  };
  return log.runs
    .flatMap((r) => r.results ?? [])
    .map((r) => ({
      ruleId: r.ruleId,
      level: r.level ?? "warning",
      text: `${r.message.id ?? ""} ${(r.message.arguments ?? []).join(" | ")}`,
    }));
}
