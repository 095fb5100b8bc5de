/**
 * A stand-in for the few GitHub REST endpoints the drift issues use, because github.com
 * cannot be reached from the test suite. It is deliberately minimal: issues of one
 * repository in memory (list open by label, create, update, comment), a token check, and
 * nothing else. The action reaches it the way it reaches GitHub Enterprise: GITHUB_API_URL.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export interface StubIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  state_reason?: string;
  labels: { name: string }[];
  comments: string[];
}

export interface GithubStub {
  url: string;
  issues: StubIssue[];
  /** Every request as `METHOD path`, in order. */
  requests: string[];
  stop(): Promise<void>;
}

export async function startGithubStub(token: string): Promise<GithubStub> {
  const issues: StubIssue[] = [];
  const requests: string[] = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://stub");
    requests.push(`${request.method} ${url.pathname}`);
    if (request.headers.authorization?.replace(/^(token|Bearer) /, "") !== token) {
      return send(response, 401, { message: "Bad credentials" });
    }
    const body = request.method === "GET" ? {} : await json(request);
    const list = /^\/repos\/[^/]+\/[^/]+\/issues$/.exec(url.pathname);
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(url.pathname);
    const comments = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (list && request.method === "GET") {
      const state = url.searchParams.get("state") ?? "open";
      const label = url.searchParams.get("labels");
      return send(
        response,
        200,
        issues.filter(
          (i) => (state === "all" || i.state === state) && (!label || i.labels.some((l) => l.name === label)),
        ),
      );
    }
    if (list && request.method === "POST") {
      const issue: StubIssue = {
        number: issues.length + 1,
        title: String(body.title),
        body: String(body.body ?? ""),
        state: "open",
        labels: ((body.labels as string[]) ?? []).map((name) => ({ name })),
        comments: [],
      };
      issues.push(issue);
      return send(response, 201, issue);
    }
    const issue = issues.find((i) => i.number === Number((one ?? comments)?.[1]));
    if (!issue) return send(response, 404, { message: "Not Found" });
    if (one && request.method === "PATCH") {
      Object.assign(issue, body);
      return send(response, 200, issue);
    }
    if (comments && request.method === "POST") {
      issue.comments.push(String(body.body));
      return send(response, 201, { id: issue.comments.length, body: body.body });
    }
    return send(response, 404, { message: "Not Found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    issues,
    requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

async function json(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = "";
  for await (const chunk of request) text += chunk;
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}
