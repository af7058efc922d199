// The public origin of the site (no trailing slash), for canonical URLs, Open Graph,
// structured data, feeds and sitemaps.
import { env } from "./env";

export function siteOrigin(): string {
  const e = env();
  const raw = e.DATELINE_PUBLIC_URL ?? e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`;
  const url = new URL(raw);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}
