// Public pages HTML-first (issue 11, README "HTML-first reader pages"): in production, Next's
// client runtime is dropped from each public HTML answer and the pages' one small script put in
// its place (lib/reader/lite-html.ts), through the response wrapper in ./lite-response.ts.
import http from "node:http";
import type { Logger } from "pino";
import { Counter } from "prom-client";
import type { Metrics } from "@/lib/observe/metrics";
import { liteHtml, wantsLitePage } from "@/lib/reader/lite-html";
import type { LiteCache } from "./lite-cache";
import { liteResponse } from "./lite-response";
import type { Step } from "./step";

export type LiteStepOptions = {
  /** The reader script's hashed, immutable address, put in place of its plain one. */
  scriptPath: () => string;
  cache: LiteCache;
  log: Pick<Logger, "error" | "warn">;
  metrics: Pick<Metrics, "registry">;
  /** The not-found page on its own (see LiteOptions.notFoundPage). */
  notFoundPage: () => Promise<string>;
};

export function lite(o: LiteStepOptions): Step {
  const streamed = new Counter({
    name: "dateline_lite_rewrite_skipped_total",
    help: "Public pages sent as Next made them because they stream a Suspense boundary",
    registers: [o.metrics.registry],
  });
  const cached = new Counter({
    name: "dateline_lite_pages_total",
    help: "Public HTML answers by whether their rewritten form was already kept (hit) or made now (miss)",
    labelNames: ["result"] as const,
    registers: [o.metrics.registry],
  });
  cached.inc({ result: "hit" }, 0);
  cached.inc({ result: "miss" }, 0);
  return {
    name: "lite",
    run({ req, res, id, pathname, search }) {
      if (!wantsLitePage({ method: req.method, pathname, search, headers: req.headers })) return false;
      liteResponse(req, res, {
        rewrite: (html) => liteHtml(html, o.scriptPath()),
        cache: o.cache,
        onError: (e) => o.log.error({ reqId: id }, `[server] lite page: ${e instanceof Error ? e.message : e}`),
        onStreamed() {
          streamed.inc();
          o.log.warn(
            { reqId: id, path: pathname },
            "[server] lite page: the page streams a Suspense boundary; sent as Next made it",
          );
        },
        onCache: (hit) => cached.inc({ result: hit ? "hit" : "miss" }),
        notFoundPage: o.notFoundPage,
      });
      return false;
    },
  };
}

/**
 * The not-found page as Next renders it at its own route (which it does on the server, unlike a
 * page's notFound(); ./lite-response.ts), asked of this very server over loopback.
 */
export function notFoundPage(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/_not-found", timeout: 5_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("the not-found page took over 5 s")));
    req.on("error", reject);
  });
}
