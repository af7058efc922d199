// The browser-side protections every response carries (issue 10, item 6). Pure functions of the
// environment, so scripts/serve.ts decides them once at start, and a nonce per dashboard or sign-in answer.
import { createHash } from "node:crypto";
import { EMBED_FRAME_ORIGINS } from "./rich-text/embed-url";
import { themeScript } from "./theme-script";

/** Powerful features no page of a newsroom uses: denied, so injected code cannot ask for them. */
export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

/** Only sent when the public address is https: over plain http it would lock testers out. */
export const HSTS = "max-age=31536000; includeSubDomains";

/** The root layout's inline theme script, allowed by hash where scripts need a nonce. */
export const THEME_SCRIPT_HASH = `'sha256-${createHash("sha256").update(themeScript).digest("base64")}'`;

type CspEnv = { DATELINE_S3_PUBLIC_URL?: string | undefined; NODE_ENV?: string | undefined };

/**
 * What every page needs besides scripts: same-origin CSS (Tailwind's files), inline style
 * attributes React writes, images from here or the media bucket's public address, and fetches
 * and form posts only to this origin (next-auth posts to itself).
 */
function common(e: CspEnv): string[] {
  const media = e.DATELINE_S3_PUBLIC_URL ? ` ${new URL(e.DATELINE_S3_PUBLIC_URL).origin}` : "";
  return [
    "default-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${media}`,
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ];
}

/**
 * The dashboard and sign-in: scripts only with this response's nonce (Next puts it on its own
 * scripts when it finds it in the request's Content-Security-Policy) or the theme script's
 * hash; 'strict-dynamic' lets those load the app's chunks. Never framed.
 */
export function privateCsp(nonce: string, e: CspEnv): string {
  // React's development build evaluates strings for its stack traces; production never does.
  const dev = e.NODE_ENV === "development" ? " 'unsafe-eval'" : "";
  return [
    `script-src 'nonce-${nonce}' ${THEME_SCRIPT_HASH} 'strict-dynamic'${dev}`,
    ...common(e),
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Cached public pages cannot carry a per-request nonce. In production they are HTML-first
 * (scripts/serve.ts drops Next's runtime and its inline RSC payload, lib/reader/lite-html.ts),
 * so the only scripts left are the reader script from this origin and the inline theme script,
 * allowed by its hash. In development Next's runtime stays (it also evaluates strings for its
 * stack traces), so inline scripts are allowed there. Plugins, <base> and framing by other
 * sites are refused either way. Frames come only from the embed providers' player origins.
 */
export function publicCsp(e: CspEnv): string {
  const scripts = e.NODE_ENV === "development" ? "'self' 'unsafe-inline' 'unsafe-eval'" : `'self' ${THEME_SCRIPT_HASH}`;
  // A story's embeds load their provider's player when the reader asks (lib/reader/enhance.ts):
  // exactly those origins may be framed, and nothing else. The desk keeps default-src 'self'.
  const frames = `frame-src ${[...new Set(Object.values(EMBED_FRAME_ORIGINS))].join(" ")}`;
  return [`script-src ${scripts}`, ...common(e), frames, "frame-ancestors 'self'"].join("; ");
}

/** True for the paths scripts/serve.ts gives a nonce-based policy (per-request pages only). */
export function hasPrivatePolicy(pathname: string): boolean {
  return pathname === "/login" || pathname === "/dashboard" || pathname.startsWith("/dashboard/");
}
