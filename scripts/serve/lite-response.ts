// Lets the server rewrite a finished HTML page before it leaves: Next writes the response as
// usual (headers, then chunks), and when it is HTML the writes are held until Next ends it, the
// body is rewritten, and the response goes out with its own length, ETag and compression.
// Anything else (a redirect without a body, a file, JSON) passes through untouched. A page
// from Next's page cache whose rewritten form is already kept (./lite-cache.ts, keyed by what
// Next sent) is answered from there: nothing is rewritten, tagged or compressed again.
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
  /** Rewritten pages kept between requests, keyed by what Next sent (keyOf below). */
  cache: LiteCache;
  /** Told of a rewrite or send that failed. */
  onError: (e: unknown) => void;
  /**
   * Told when the page streams a Suspense boundary (React's `<template id="B:…">` and `$RC`
   * completion scripts): it goes out as Next made it, runtime and all, since without those
   * scripts readers would keep the fallback. Not kept, so each such answer is told.
   */
  onStreamed: () => void;
  /** Told, for a page from Next's page cache, whether its rewritten form was kept (true) or made now. */
  onCache?: (hit: boolean) => void;
  /** Given each kept page as it goes out, with the headers Next set for it (./recent-pages.ts). */
  onKept?: (kept: { page: LitePage; key: string; status: number; headers: NextHeaders }) => void;
  /**
   * The not-found page rendered on its own. A route whose page calls notFound() while its
   * answer may be cached (our articles, sections, topics, authors) gets from Next 16 an empty
   * error document that only its client runtime fills in (vercel/next.js#57583, #95613): blank
   * without JavaScript, and blank once the runtime is dropped. Such a 404 is answered with this.
   */
  notFoundPage: () => Promise<string>;
};

type Writer = (...args: unknown[]) => unknown;
export type NextHeaders = [string, string | number | string[]][];
// Set per answer by sendPage, never replayed.
const OWN = new Set(["etag", "content-length", "content-encoding", "transfer-encoding"]);

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
  // The server's own headers (request id, policies) are set by now; Next's are the rest.
  const before = new Set(res.getHeaderNames());
  const conditions = { acceptEncoding, ifNoneMatch, onError: o.onError };

  const real = {
    writeHead: res.writeHead.bind(res) as Writer,
    write: res.write.bind(res) as Writer,
    end: res.end.bind(res) as Writer,
    flushHeaders: res.flushHeaders.bind(res),
  };
  let mode: "undecided" | "hold" | "pass" = "undecided";
  // Next ends a page from its cache with one string: kept as it came, so a hit never copies it.
  const chunks: (Buffer | string)[] = [];

  const restore = () => {
    res.writeHead = real.writeHead as typeof res.writeHead;
    res.write = real.write as typeof res.write;
    res.end = real.end as typeof res.end;
    res.flushHeaders = real.flushHeaders;
  };
  // Decided at the first write, end or flush, when Next has set every header.
  const decide = () => {
    if (mode !== "undecided") return mode;
    const type = String(res.getHeader("content-type") ?? "");
    const encoded = res.getHeader("content-encoding") !== undefined;
    mode = type.startsWith("text/html") && !encoded && res.statusCode !== 304 ? "hold" : "pass";
    if (mode === "pass") restore();
    return mode;
  };
  const collect = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    if (typeof chunk !== "string") chunks.push(Buffer.from(chunk as Uint8Array));
    else if (typeof encoding !== "string" || encoding === "utf8" || encoding === "utf-8") chunks.push(chunk);
    else chunks.push(Buffer.from(chunk, encoding as BufferEncoding));
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
    const key = keyOf(res, chunks);
    const kept = key === null ? undefined : o.cache.get(key);
    if (key !== null) o.onCache?.(kept !== undefined);
    if (kept) {
      tell(kept, key!);
      void sendPage(res, kept, o.cache, key, conditions, callback);
    } else void finish(joined(chunks), key, callback);
    return res;
  }) as typeof res.end;

  /** The rewrite of a page not kept yet; kept afterwards when it has a key. */
  async function finish(original: Buffer, key: string | null, callback: (() => void) | undefined): Promise<void> {
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
    if (keep) {
      o.cache.set(key!, page);
      tell(page, key!);
    }
    await sendPage(res, page, o.cache, keep ? key : null, conditions, callback);
  }

  function tell(page: LitePage, key: string): void {
    if (!o.onKept || res.hasHeader("set-cookie")) return;
    const headers: NextHeaders = [];
    for (const [name, value] of Object.entries(res.getHeaders()))
      if (!before.has(name) && !OWN.has(name) && value !== undefined) headers.push([name, value]);
    o.onKept({ page, key, status: res.statusCode, headers });
  }
}

export type Conditions = {
  /** The client's Accept-Encoding and If-None-Match (hidden from Next). */
  acceptEncoding: string;
  ifNoneMatch: string | string[] | undefined;
  onError: (e: unknown) => void;
};

/**
 * Sends a page with its own ETag (304 when the client has it), gzip for a client that takes it
 * (made once per kept page), Vary and length. `key` names the page in `cache` when it is kept.
 */
export async function sendPage(
  res: http.ServerResponse,
  page: LitePage,
  cache: LiteCache,
  key: string | null,
  c: Conditions,
  callback?: () => void,
): Promise<void> {
  try {
    res.setHeader("ETag", page.etag);
    res.removeHeader("Transfer-Encoding");
    if (res.statusCode === 200 && matches(c.ifNoneMatch, page.etag)) {
      res.statusCode = 304;
      for (const h of ["Content-Type", "Content-Length", "Content-Encoding"]) res.removeHeader(h);
      res.end(callback);
      return;
    }
    let body = page.body;
    if (body.length >= GZIP_MIN && acceptsGzip(c.acceptEncoding)) {
      if (!page.gzipped) {
        const made = (page.gzipped = gzip(body));
        // Counted against the cache's budget; a failure is not kept, the next request tries again.
        made.then(
          (z) => key !== null && cache.grew(key, z.length),
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
    c.onError(e);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  }
}

const joined = (chunks: (Buffer | string)[]) =>
  chunks.length === 1 && Buffer.isBuffer(chunks[0]) ? chunks[0] : Buffer.concat(chunks.map((c) => Buffer.from(c)));

/**
 * What identifies the page Next sent: its status, and its ETag when it sends one (next.config.ts
 * turns them off: Next's is a hash in JavaScript over the whole page, ~30% of a cached hit's
 * CPU), else a SHA-1 of the page (native, ~0.1 ms for 90 KB). Only pages from Next's page
 * cache (`x-nextjs-cache`) are keyed: a page rendered per request differs every time (the
 * masthead clock), and keeping those would only push the cached articles out.
 */
function keyOf(res: http.ServerResponse, chunks: (Buffer | string)[]): string | null {
  const etag = res.getHeader("etag");
  if (typeof etag === "string") return `${res.statusCode} ${etag}`;
  if (res.getHeader("x-nextjs-cache") === undefined) return null;
  const hash = createHash("sha1");
  for (const c of chunks) hash.update(c);
  return `${res.statusCode} sha1:${hash.digest("base64url")}`;
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
