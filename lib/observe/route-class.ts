// The bounded set of labels requests are counted under: metrics keyed by raw paths would grow
// without limit (every article, every typo, every scanner's probe).
import { EDITION_CODES, EDITIONS } from "@/lib/editions";

export const ROUTE_CLASSES = [
  "home",
  "section",
  "article",
  "topic",
  "author",
  "search",
  "dashboard",
  "api",
  "media",
  "static",
  "other",
] as const;
export type RouteClass = (typeof ROUTE_CLASSES)[number];

const EDITION_PREFIXES = EDITION_CODES.map((c) => EDITIONS[c].prefix).filter(Boolean);

const BY_FIRST_SEGMENT: Record<string, RouteClass> = {
  _front: "home", // the home page's editions, rewritten to by the front cache
  topics: "topic",
  authors: "author",
  search: "search",
  dashboard: "dashboard",
  login: "dashboard",
  api: "api",
  media: "media",
  cards: "media", // generated share cards and the publisher logo (app/cards)
  _next: "static",
  _dateline: "static",
};

/**
 * The class of a request path (no query string). `reserved` is the HTTP server's set of first
 * segments that are the app's own areas, so anything else of one or two segments is a section
 * or an article, exactly as the server's 410 check reads it.
 */
export function routeClass(pathname: string, reserved: ReadonlySet<string>): RouteClass {
  // An edition's pages are classed as the default edition's: /bn is a home page, /bn/x a section.
  const prefix = EDITION_PREFIXES.find((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (prefix) pathname = pathname.slice(prefix.length) || "/";
  if (pathname === "/") return "home";
  const second = pathname.indexOf("/", 1);
  const first = second === -1 ? pathname.slice(1) : pathname.slice(1, second);
  const known = BY_FIRST_SEGMENT[first];
  if (known) return known;
  // Root files: the icon, robots.txt, public files; the feeds and sitemaps (.xml) are pages.
  if (first.includes(".")) return second === -1 && !first.endsWith(".xml") ? "static" : "other";
  if (first === "" || reserved.has(first)) return "other";
  if (second === -1) return "section";
  const rest = pathname.slice(second + 1);
  if (rest.startsWith("_page/") || rest === "_page") return "section";
  if (rest !== "" && !rest.includes("/") && !rest.includes(".")) return "article";
  return "other";
}
