// First path segments that belong to the app itself, never to a section: scripts/serve.ts skips
// its 410 check for them. tests/reserved-segments.test.ts keeps this equal to app/'s top-level
// routes, so a new area under app/ cannot be mistaken for a section's article.
export const RESERVED_SEGMENTS: ReadonlySet<string> = new Set([
  // Answered by scripts/serve.ts itself, before Next.
  "healthz",
  "readyz",
  "metrics",
  // The reader script (lib/reader/bundle.ts), also answered by scripts/serve.ts.
  "_dateline",
  // Next's own assets; no folder in app/.
  "_next",
  // app/(site)/(framed)/%5Ffront: the home page's route, reached by a rewrite from "/".
  "_front",
  // app/(site)/(framed)/%5Fpreview: the desk's preview frames of a story (staff only, never cached).
  "_preview",
  // The rest mirror app/'s top-level folders (route groups flattened).
  "about",
  "api",
  "atom.xml",
  "authors",
  // The Bangla edition's address space (app/(bn)/bn): its sections are looked up under it.
  "bn",
  "bad-address",
  "cards",
  "colophon",
  "dashboard",
  // app/edition: the masthead's switch to another edition (a redirect, never a page).
  "edition",
  "feed.xml",
  "feeds",
  "gone",
  "login",
  "media",
  "news-sitemap.xml",
  "search",
  "sitemap.xml",
  "sitemaps",
  "topics",
]);

/** Served by scripts/serve.ts or Next themselves, so they have no folder in app/. */
export const SEGMENTS_OUTSIDE_APP: ReadonlySet<string> = new Set([
  "healthz",
  "readyz",
  "metrics",
  "_dateline",
  "_next",
]);
