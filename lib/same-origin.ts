// Whether a state-changing request came from this site. Browsers send Origin on every
// cross-origin request and on same-origin ones that are not GET/HEAD, and Sec-Fetch-Site on
// all of them; a write with neither came from something that is not a page of ours, so it is
// refused rather than trusted (issue 10, item 10). Pure, so route() and defineAction() agree.

export const NO_ORIGIN_MESSAGE =
  "This request did not say which site it came from (no Origin header), so it was refused. Send it from the newsroom's own pages.";
export const CROSS_SITE_MESSAGE = "Cross-site request refused.";

type HeaderSource = { get(name: string): string | null };

/** The host of an Origin header; "null" (sandboxed frames, file:) or garbage never matches. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Null when the request may go on; otherwise what to tell the client. */
export function refuseCrossSite(method: string, headers: HeaderSource): string | null {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return null;
  // The host the person used: scripts/serve.ts sets x-forwarded-host to it (a trusted proxy's
  // value, or the Host header), so a proxy at another name does not look cross-site.
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  const origin = headers.get("origin");
  if (origin !== null) return originHost(origin) === host ? null : CROSS_SITE_MESSAGE;
  const site = headers.get("sec-fetch-site");
  if (site === "same-origin") return null;
  return site === null ? NO_ORIGIN_MESSAGE : CROSS_SITE_MESSAGE;
}
