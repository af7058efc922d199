// The public origin of the site (no trailing slash), for canonical URLs, Open Graph,
// structured data, feeds and sitemaps.
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
