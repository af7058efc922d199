// A loopback HTTP server for the server steps' unit tests: real Node responses, so the wrappers
// run against the same writeHead/write/end a production request has.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { exchange, runSteps, type Exchange, type Step } from "@/scripts/serve/step";

export type Answer = {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Every header line as sent, in order: Node's `headers` drops repeated Location lines. */
  raw: string[];
  body: Buffer;
  text: string;
};

/** Starts a server running `steps` per request; the last step should answer. */
export async function serveSteps(steps: Step[]): Promise<{ url: string; close(): Promise<void> }> {
  return serve(async (req, res) => {
    const answered = await runSteps(steps, exchange(req, res, "test-request-id"));
    if (answered === null) {
      res.statusCode = 599;
      res.end("no step answered");
    }
  });
}

export async function serve(
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    void Promise.resolve(handler(req, res)).catch((e: unknown) => {
      res.statusCode = 598;
      res.end(String(e));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A raw GET (or other method) that keeps repeated headers apart and never decompresses. */
export function request(
  url: string,
  opts: { method?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? "GET", headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        const raw: string[] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) raw.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`);
        resolve({ status: res.statusCode!, headers: res.headers, raw, body, text: body.toString("utf8") });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** A step standing in for Next: answers with `answer` and records the request it saw. */
export function fakeNext(
  answer: (req: http.IncomingMessage, res: http.ServerResponse) => void,
  seen: { req?: { method?: string; url?: string; headers: http.IncomingHttpHeaders } }[] = [],
): Step {
  return {
    name: "next",
    run({ req, res }) {
      seen.push({ req: { method: req.method, url: req.url, headers: { ...req.headers } } });
      answer(req, res);
      return true;
    },
  };
}

/** An exchange over stand-in request and response objects, for steps that only read and set headers. */
export function fakeExchange(
  url: string,
  opts: { method?: string; headers?: http.IncomingHttpHeaders } = {},
): Exchange & { sent: { status?: number; headers: Record<string, unknown>; body?: string } } {
  const sent: { status?: number; headers: Record<string, unknown>; body?: string } = { headers: {} };
  const req = { url, method: opts.method ?? "GET", headers: { ...opts.headers }, socket: {} } as http.IncomingMessage;
  const res = {
    statusCode: 200,
    setHeader(k: string, v: unknown) {
      sent.headers[k.toLowerCase()] = v;
      return res;
    },
    getHeader: (k: string) => sent.headers[k.toLowerCase()],
    writeHead(status: number, headers?: Record<string, unknown>) {
      sent.status = status;
      for (const [k, v] of Object.entries(headers ?? {})) sent.headers[k.toLowerCase()] = v;
      return res;
    },
    end(body?: unknown) {
      sent.body = body === undefined ? "" : String(body);
      return res;
    },
  } as unknown as http.ServerResponse;
  return Object.assign(exchange(req, res, "test-request-id"), { sent });
}
