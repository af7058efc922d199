// Lets the server rewrite a finished HTML page before it leaves: Next writes the response as
// usual (headers, then chunks), and when it is HTML the writes are held until Next ends it, the
// body is rewritten, and the response goes out with its own length, ETag and compression.
// Anything else (a redirect without a body, a file, JSON) passes through untouched. A page
// whose rewritten form is already kept (./lite-cache.ts, keyed by Next's ETag) is answered
// from there: Next's chunks are dropped unread, and nothing is rewritten, hashed or compressed.
import { createHash } from "node:crypto";
import type http from "node:http";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import { applyHeadArgs } from "./head";
import type { LiteCache, LitePage } from "./lite-cache";
import { allowInlineScripts, streamsBoundaries } from "./streamed";

const gzip = promisify(gzipCallback);

/** Below this, gzip's own framing costs about what it saves (nginx's gzip_min_length too). */
const GZIP_MIN = 1024;

export type LiteOptions = {
  /** The rewrite; on a throw the page goes out as Next made it (it reads fine without JS). */
  rewrite: (html: string) => string;
  /** Rewritten pages kept between requests; the key is Next's status and ETag. */
  cache: LiteCache;
  /** Told of a rewrite or send that failed. */
  onError: (e: unknown) => void;
  /**
   * Told when the page streams a Suspense boundary (React's `<template id="B:…">` and `$RC`
   * completion scripts): it goes out as Next made it, runtime and all, since without those
   * scripts readers would keep the fallback. Not kept, so each such answer is told.
   */
  onStreamed: () => void;
  /** Told whether the answer came from the cache (true) or was rewritten now (false). */
  onCache?: (hit: boolean) => void;
  /**
   * The not-found page rendered on its own. A route whose page calls notFound() while its
   * answer may be cached (our articles, sections, topics, authors) gets from Next 16 an empty
   * error document that only its client runtime fills in (vercel/next.js#57583, #95613): blank
   * without JavaScript, and blank once the runtime is dropped. Such a 404 is answered with this.
   */
  notFoundPage: () => Promise<string>;
};

type Writer = (...args: unknown[]) => unknown;

/**
 * Prepares the request and wraps the response. Next is asked for plain HTML (no
 * Accept-Encoding) and for the whole page (no If-None-Match: its ETag would describe the page
 * before the rewrite); both are decided here afterwards on the rewritten body. A HEAD is
 * rendered as a GET so its Content-Length is the real one; Node sends no body for it.
 */
export function liteResponse(req: http.IncomingMessage, res: http.ServerResponse, o: LiteOptions): void {
  const acceptEncoding = String(req.headers["accept-encoding"] ?? "");
  const ifNoneMatch = req.headers["if-none-match"];
  delete req.headers["accept-encoding"];
  delete req.headers["if-none-match"];
  if (req.method === "HEAD") req.method = "GET";

  const real = {
    writeHead: res.writeHead.bind(res) as Writer,
    write: res.write.bind(res) as Writer,
    end: res.end.bind(res) as Writer,
    flushHeaders: res.flushHeaders.bind(res),
  };
  let mode: "undecided" | "hold" | "hit" | "pass" = "undecided";
  let key: string | null = null;
  let kept: LitePage | undefined;
  const chunks: Buffer[] = [];

  const restore = () => {
    res.writeHead = real.writeHead as typeof res.writeHead;
    res.write = real.write as typeof res.write;
    res.end = real.end as typeof res.end;
    res.flushHeaders = real.flushHeaders;
  };
  // Decided at the first write, end or flush, when Next has set every header (its ETag too).
  const decide = () => {
    if (mode !== "undecided") return mode;
    const type = String(res.getHeader("content-type") ?? "");
    const encoded = res.getHeader("content-encoding") !== undefined;
    if (!type.startsWith("text/html") || encoded || res.statusCode === 304) {
      mode = "pass";
      restore();
      return mode;
    }
    const etag = res.getHeader("etag");
    key = typeof etag === "string" ? `${res.statusCode} ${etag}` : null;
    kept = key === null ? undefined : o.cache.get(key);
    mode = kept ? "hit" : "hold";
    o.onCache?.(mode === "hit");
    return mode;
  };
  const collect = (chunk: unknown, encoding: unknown) => {
    if (mode === "hit" || chunk === undefined || chunk === null || typeof chunk === "function") return;
    if (typeof chunk === "string")
      chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else chunks.push(Buffer.from(chunk as Uint8Array));
  };
  const callbackOf = (args: unknown[]) => args.find((a): a is () => void => typeof a === "function");

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    // Raw header arrays are rare (Next never sends them) and may repeat names: not rewritten.
    if (Array.isArray(rest[typeof rest[0] === "string" ? 1 : 0])) {
      restore();
      mode = "pass";
      return real.writeHead(status, ...rest);
    }
    // Headers given here become ordinary set headers, so the decision and the rewrite see them.
    applyHeadArgs(res, status, rest);
    return res;
  }) as typeof res.writeHead;
  res.flushHeaders = () => {
    if (decide() === "pass") real.flushHeaders();
  };
  res.write = ((chunk: unknown, ...args: unknown[]) => {
    if (decide() === "pass") return real.write(chunk, ...args);
    collect(chunk, args[0]);
    callbackOf(args)?.();
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...args: unknown[]) => {
    if (decide() === "pass") return real.end(chunk, ...args);
    collect(chunk, args[0]);
    restore();
    const callback = callbackOf([chunk, ...args]);
    void (kept ? send(kept, callback) : finish(Buffer.concat(chunks), callback));
    return res;
  }) as typeof res.end;

  /** The rewrite of a page not kept yet; kept afterwards when Next named it. */
  async function finish(original: Buffer, callback: (() => void) | undefined): Promise<void> {
    let body = original;
    let keep = key !== null;
    try {
      let html = original.toString("utf8");
      if (res.statusCode === 404 && html.includes('<html id="__next_error__"')) {
        // The not-found page can change (settings) while Next's empty document does not.
        html = await o.notFoundPage();
        keep = false;
      }
      if (streamsBoundaries(html)) {
        keep = false;
        o.onStreamed();
        body = Buffer.from(html, "utf8");
        // The public policy allows no inline script but the theme's: these exact ones may run.
        const policy = res.getHeader("content-security-policy");
        if (typeof policy === "string") res.setHeader("Content-Security-Policy", allowInlineScripts(policy, html));
      } else body = Buffer.from(o.rewrite(html), "utf8");
    } catch (e) {
      keep = false;
      o.onError(e);
    }
    // Weak: the gzip and plain forms of one page are the same page.
    const page: LitePage = { etag: `W/"${createHash("sha1").update(body).digest("base64url")}"`, body };
    if (keep) o.cache.set(key!, page);
    await send(page, callback);
  }

  async function send(page: LitePage, callback: (() => void) | undefined): Promise<void> {
    try {
      res.setHeader("ETag", page.etag);
      res.removeHeader("Transfer-Encoding");
      if (res.statusCode === 200 && matches(ifNoneMatch, page.etag)) {
        res.statusCode = 304;
        for (const h of ["Content-Type", "Content-Length", "Content-Encoding"]) res.removeHeader(h);
        res.end(callback);
        return;
      }
      let body = page.body;
      if (body.length >= GZIP_MIN && acceptsGzip(acceptEncoding)) {
        if (!page.gzipped) {
          const made = (page.gzipped = gzip(body));
          // Counted against the cache's budget; a failure is not kept, the next request tries again.
          made.then(
            (z) => key !== null && o.cache.grew(key, z.length),
            () => page.gzipped === made && delete page.gzipped,
          );
        }
        body = await page.gzipped;
        res.setHeader("Content-Encoding", "gzip");
      }
      const vary = String(res.getHeader("Vary") ?? "");
      if (!/\baccept-encoding\b/i.test(vary))
        res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
      res.setHeader("Content-Length", body.length);
      res.end(body, callback);
    } catch (e) {
      o.onError(e);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    }
  }
}

/** If-None-Match against our weak tag (weak comparison, RFC 9110 §13.1.2). */
function matches(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const tags = (Array.isArray(header) ? header.join(",") : header).split(",").map((t) => t.trim());
  const bare = etag.replace(/^W\//, "");
  return tags.some((t) => t === "*" || t.replace(/^W\//, "") === bare);
}

/** gzip unless the client refused it (`gzip;q=0`) or did not name it (nor `*`). */
export function acceptsGzip(header: string): boolean {
  for (const part of header.toLowerCase().split(",")) {
    const [coding, ...params] = part.trim().split(";");
    if (coding !== "gzip" && coding !== "*") continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}
