// Where a `?to=` may send a browser: a path on this site and nothing else. Prefix checks are
// not enough (`/\evil.example` and `/%09/evil.example` leave the site in browsers), so the value
// is resolved against an origin of our own and refused unless it stays there.
const BASE = "http://dateline.invalid";

// Backslashes and control characters, raw or percent-escaped: browsers treat `\` as `/` and
// drop tabs and newlines, which turns a path into another host.
const FORBIDDEN = /[\\\u0000-\u001f\u007f]|%(?:5c|[01][0-9a-f]|7f)/i;

/** The path, query and fragment `to` names on this site, or null when it would leave it. */
export function safeLocalPath(to: string): string | null {
  if (!to.startsWith("/") || to.startsWith("//") || FORBIDDEN.test(to)) return null;
  let url: URL;
  try {
    url = new URL(to, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can collapse into `//host` (`/.//evil.example`), which a browser reads as a host.
  return path.startsWith("//") ? null : path;
}
