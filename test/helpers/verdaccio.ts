/**
 * A real npm registry for tests: Verdaccio on 127.0.0.1, a random free port, storage in a
 * temporary directory, no uplinks (nothing is ever fetched from the internet). Started by a
 * test file's beforeAll and stopped by its afterAll, and killed when the test process exits
 * however it exits, so a failing test never leaves a registry running.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { tempDir } from "./archives.js";

const VERDACCIO = join(import.meta.dirname, "../../node_modules/.bin/verdaccio");

export interface Registry {
  url: string;
  /** `//127.0.0.1:PORT/`: the prefix of `.npmrc` auth lines for this registry. */
  authPrefix: string;
  storage: string;
  /** A token for a user that may read and publish everything. */
  token: string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** `@private/*` needs a login to read; everything else is public to read, login to publish. */
function configText(dir: string): string {
  return `storage: ${join(dir, "storage")}
auth:
  htpasswd:
    file: ${join(dir, "htpasswd")}
    max_users: 100
uplinks: {}
packages:
  "@private/*":
    access: $authenticated
    publish: $authenticated
  "**":
    access: $all
    publish: $authenticated
web:
  enable: false
log: { type: stdout, format: pretty, level: error }
`;
}

export async function startRegistry(): Promise<Registry> {
  const dir = await tempDir("leakgate-verdaccio-");
  await writeFile(join(dir, "config.yaml"), configText(dir));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(VERDACCIO, ["--config", join(dir, "config.yaml"), "--listen", `127.0.0.1:${port}`], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  running.add(child);
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
    await exited;
    clearTimeout(timer);
    running.delete(child);
  };
  try {
    await waitUntilUp(url, child, () => output);
    const token = await addUser(url, "leakgate", "not-a-real-password");
    return { url, authPrefix: `//127.0.0.1:${port}/`, storage: join(dir, "storage"), token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited: ${output()}`);
    try {
      const response = await fetch(`${url}-/ping`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`verdaccio did not start within 30 s: ${output()}`);
}

/** Registers a user the way `npm adduser` does and returns its token. */
async function addUser(url: string, name: string, password: string): Promise<string> {
  const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password, type: "user", roles: [], date: new Date().toISOString() }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) throw new Error(`adduser failed: ${JSON.stringify(body)}`);
  return body.token;
}
