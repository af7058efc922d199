// Public pages HTML-first (issue 11, README "HTML-first reader pages"): in production, Next's
// client runtime is dropped from each public HTML answer and the pages' one small script put in
// its place (lib/reader/lite-html.ts), through the response wrapper in ./lite-response.ts.
import http from "node:http";
import type { Logger } from "pino";
import { Counter } from "prom-client";
import type { Metrics } from "@/lib/observe/metrics";
import { hasPreviewCookie } from "@/lib/auth/preview-gate";
import { liteHtml, wantsLitePage } from "@/lib/reader/lite-html";
import { editionOfPath, errorPagePath } from "@/lib/routes";
import type { LiteCache } from "./lite-cache";
import { liteResponse, sendPage } from "./lite-response";
import { recentPages, type RecentPages } from "./recent-pages";
import type { Step } from "./step";

export type LiteStepOptions = {
  /** The reader script's hashed, immutable address, put in place of its plain one. */
  scriptPath: () => string;
  cache: LiteCache;
  /** The change generation (lib/gone-addresses.ts): pages from an older one are not answered again. */
  generation: () => number;
  /** The last second's pages; by default a fresh store over `generation`. */
  recent?: RecentPages;
  log: Pick<Logger, "error" | "warn">;
  metrics: Pick<Metrics, "registry">;
  /** The not-found page of the edition an address is in, on its own (see LiteOptions.notFoundPage). */
  notFoundPage: (pathname: string) => Promise<string>;
};

export function lite(o: LiteStepOptions): Step {
  const streamed = new Counter({
    name: "dateline_lite_rewrite_skipped_total",
    help: "Public pages sent as Next made them because they stream a Suspense boundary",
    registers: [o.metrics.registry],
  });
  const cached = new Counter({
    name: "dateline_lite_pages_total",
    help: "Public HTML answers from Next's page cache: answered from the last second's pages without Next (recent), from the kept rewritten form (hit), or rewritten now (miss)",
    labelNames: ["result"] as const,
    registers: [o.metrics.registry],
  });
  for (const result of ["recent", "hit", "miss"]) cached.inc({ result }, 0);
  const recent = o.recent ?? recentPages({ generation: o.generation });
  return {
    name: "lite",
    run({ req, res, id, pathname, search }) {
      if (!wantsLitePage({ method: req.method, pathname, search, headers: req.headers })) return false;
      // Draft mode renders past every cache, so it never reads or fills this one either.
      const draft = hasPreviewCookie(req.headers.cookie);
      const address = `${res.statusCode} ${req.url}`;
      const onError = (e: unknown) =>
        o.log.error({ reqId: id }, `[server] lite page: ${e instanceof Error ? e.message : e}`);
      const last = draft ? undefined : recent.get(address);
      if (last) {
        cached.inc({ result: "recent" });
        res.statusCode = last.status;
        for (const [name, value] of last.headers) res.setHeader(name, value);
        // From memory is a cache hit, whatever Next said when it first sent the page.
        res.setHeader("x-nextjs-cache", "HIT");
        const conditions = {
          acceptEncoding: String(req.headers["accept-encoding"] ?? ""),
          ifNoneMatch: req.headers["if-none-match"],
          onError,
        };
        void sendPage(res, last.page, o.cache, last.key, conditions);
        return true;
      }
      const generation = o.generation();
      liteResponse(req, res, {
        rewrite: (html) => liteHtml(html, o.scriptPath()),
        cache: o.cache,
        onError,
        onStreamed() {
          streamed.inc();
          o.log.warn(
            { reqId: id, path: pathname },
            "[server] lite page: the page streams a Suspense boundary; sent as Next made it",
          );
        },
        onCache: (hit) => cached.inc({ result: hit ? "hit" : "miss" }),
        // Only what Next answered with no change in between: else a page rendered before a
        // takedown could be answered for a second after it.
        onKept: (kept) => {
          if (!draft && o.generation() === generation)
            recent.set(address, { ...kept, at: performance.now(), generation });
        },
        notFoundPage: () => o.notFoundPage(pathname),
      });
      return false;
    },
  };
}

/**
 * The not-found page of the edition `pathname` is in, as Next renders it at its own route (which
 * it does on the server, unlike a page's notFound(); ./lite-response.ts): /_not-found, or
 * /bn/_not-found for an address under /bn. Asked of this very server over loopback.
 */
export function notFoundPage(port: number, pathname: string): Promise<string> {
  const path = errorPagePath(editionOfPath(pathname), "notFound");
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path, timeout: 5_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("the not-found page took over 5 s")));
    req.on("error", reject);
  });
}
