// The public origin of the site (no trailing slash) and the one builder of public paths, for
// canonical URLs, Open Graph, structured data, share cards, feeds and sitemaps (paths: ./routes). Links always
// name the configured public address, never the Host a request came with: the page cache keeps
// one copy of a page for every host, and a forged Host must not reach another reader's page.
import { env, type Env } from "./env";

export function siteOrigin(): string {
  const e = env();
  const raw = e.DATELINE_PUBLIC_URL ?? e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`;
  const url = new URL(raw);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/**
 * True when the configured public address (DATELINE_PUBLIC_URL, else NEXTAUTH_URL) is https:
 * session cookies are then Secure even when a proxy that is not trusted terminates TLS.
 */
export function publicUrlIsHttps(e: Env = env()): boolean {
  const raw = e.DATELINE_PUBLIC_URL ?? e.NEXTAUTH_URL;
  return raw !== undefined && new URL(raw).protocol === "https:";
}

/** `path` (from publicPath) on the site's public origin. */
export function absoluteUrl(path: string): string {
  return siteOrigin() + path;
}

// The path builder is client-safe and lives in ./routes; re-exported for the server side.
export { publicPath } from "./routes";
