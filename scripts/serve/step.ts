// The server's work for one request is a list of named steps (scripts/serve.ts). Each step
// either answers the request itself (returns true: the ones after it do not run) or adjusts the
// request and response and passes it on; the last step hands it to Next.
import type http from "node:http";

/** One request on its way through the steps. Steps may change `pathname` and `search`. */
export type Exchange = {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  /** The request id, also sent as X-Request-Id and quoted in error bodies. */
  id: string;
  /** The path as the client sent it (still percent-encoded), and the query with its "?". */
  pathname: string;
  search: string;
  /** The client's address, once the client-address step has decided it. */
  ip: string;
};

export type Step = {
  /** Short, for the request log and the tests: "health", "gone", "lite", … */
  name: string;
  /** True when this step answered the request. */
  run(x: Exchange): boolean | Promise<boolean>;
};

/** Runs the steps in order; resolves with the name of the one that answered (null: none did). */
export async function runSteps(steps: readonly Step[], x: Exchange): Promise<string | null> {
  for (const step of steps) if (await step.run(x)) return step.name;
  return null;
}

/** The exchange for a request as it arrives. */
export function exchange(req: http.IncomingMessage, res: http.ServerResponse, id: string): Exchange {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  return {
    req,
    res,
    id,
    pathname: q === -1 ? url : url.slice(0, q),
    search: q === -1 ? "" : url.slice(q),
    ip: "",
  };
}

export const isRead = (req: http.IncomingMessage) => req.method === "GET" || req.method === "HEAD";

/** A short plain-text answer that no cache keeps. */
export function answerText(res: http.ServerResponse, status: number, text: string, cache = "private, no-store"): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": cache });
  res.end(`${text}\n`);
}
