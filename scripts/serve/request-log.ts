// One log line and the counters per request, written as its response closes: method, path (never
// the query: it can carry a search or a token), route class, status, time, how long it waited for
// the process first (./loop-lag.ts), the page cache's answer, the signed-in user if any.
import type http from "node:http";
import type { Logger } from "pino";
import { Histogram } from "prom-client";
import type { Metrics } from "@/lib/observe/metrics";
import { routeClass } from "@/lib/observe/route-class";
import { RESERVED_SEGMENTS } from "@/lib/reserved-segments";

export type Arrival = {
  id: string;
  /** performance.now() when the handler started. */
  started: number;
  /** Taken at arrival: the HTML-first rewrite renders a HEAD as a GET (./lite-response.ts). */
  method: string;
  /** Milliseconds the request waited for the process before its handler ran. */
  queueMs: number;
};

const tenths = (ms: number) => Math.round(ms * 10) / 10;

export function requestLog(log: Pick<Logger, "info">, metrics: Pick<Metrics, "registry" | "request" | "takeUser">) {
  const queue = new Histogram({
    name: "dateline_http_queue_seconds",
    help: "How far behind the event loop was when a request's handler started (time it waited for the process)",
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [metrics.registry],
  });
  return function finished(req: http.IncomingMessage, res: http.ServerResponse, a: Arrival): void {
    const ms = performance.now() - a.started;
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const pathname = q === -1 ? url : url.slice(0, q);
    const route = routeClass(pathname, RESERVED_SEGMENTS);
    const cache = res.getHeader("x-nextjs-cache");
    metrics.request(a.method, route, res.statusCode, ms / 1000, cache);
    queue.observe(a.queueMs / 1000);
    log.info(
      {
        reqId: a.id,
        method: a.method,
        path: pathname,
        route,
        status: res.statusCode,
        ms: tenths(ms),
        queueMs: tenths(a.queueMs),
        cache: typeof cache === "string" ? cache : undefined,
        user: metrics.takeUser(a.id),
        aborted: res.writableFinished ? undefined : true,
      },
      "request",
    );
  };
}
