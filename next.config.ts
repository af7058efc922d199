import path from "node:path";
import { PUBLIC_PAGE_CACHE } from "./lib/cache/public-cache-control";
import type { NextConfig } from "next";
import { parseEnv } from "./lib/env";
import { PAGE_NUMBER_PATTERN } from "./lib/list-pages";

// A bad setting fails `next build` (and every server start) here, with lib/env.ts's one line
// naming the variable, instead of surfacing when some page first reads it. Next has already
// loaded the .env files into process.env when it reads this file.
try {
  parseEnv(process.env);
} catch (e) {
  console.error(`[dateline] ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}

// Public pages, for a CDN or proxy in front (lib/cache/public-cache-control.ts).
const PUBLIC_CACHE = PUBLIC_PAGE_CACHE;
const PRIVATE = "private, no-store";
const PAGE_QUERY = [{ type: "query" as const, key: "page", value: `(?<page>${PAGE_NUMBER_PATTERN})` }];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Next's ETag is a hash in JavaScript over every page it sends, cache hits included: ~30% of the
  // CPU of a cached article (profiled, issue 18). Public pages get their own tag from
  // scripts/serve.ts (once per page version); nothing else relied on Next's.
  generateEtags: false,
  // Native and server-only packages stay outside the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "graphile-worker"],
  // The page cache lives in memory: a page rendered against one database (or before a change
  // this process did not see) must never come back from disk after a restart.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  // Several app servers share one page cache in Redis (lib/cache/cache-handler.mjs); one server
  // without DATELINE_REDIS_URL keeps Next's own in-memory cache. Read when the server starts, so
  // the same build runs either way. (This file is compiled to CommonJS, hence __dirname.)
  cacheHandler: process.env.DATELINE_REDIS_URL ? path.join(__dirname, "lib", "cache", "cache-handler.mjs") : undefined,
  experimental: {
    // Lets pages answer a real 403 via forbidden() instead of a 200 with an error message.
    authInterrupts: true,
    isrFlushToDisk: false,
    // One root layout per route group (each edition's, the desk's), so the 404 of an address no
    // route matches is a whole document of its own: app/global-not-found.tsx.
    globalNotFound: true,
  },
  async rewrites() {
    return {
      // "/" has no dynamic segment, so `next build` would prerender it, and builds have no
      // database: the home page is the route /_front/[edition], rendered on first request.
      // The Bangla edition's front page likewise (app/(bn)/bn/%5Ffront; lib/editions.ts).
      beforeFiles: [
        { source: "/", destination: "/_front/home" },
        { source: "/bn", destination: "/bn/_front/home" },
      ],
      // ?page=N becomes part of the path, so each page of a list is its own cached page.
      afterFiles: [
        { source: "/topics/:slug", has: PAGE_QUERY, destination: "/topics/:slug/_page/:page" },
        { source: "/authors/:slug", has: PAGE_QUERY, destination: "/authors/:slug/_page/:page" },
        { source: "/bn/:section", has: PAGE_QUERY, destination: "/bn/:section/_page/:page" },
        { source: "/:section", has: PAGE_QUERY, destination: "/:section/_page/:page" },
      ],
    };
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
        ],
      },
      // A header set here wins over one a route handler sets, so feeds, sitemaps, the public
      // API and media files (which set their own, longer policy: a year for media, whose names
      // never change meaning) are left out; later rules override for the private areas.
      // Next's hashed build files keep its own `immutable` year: this rule used to send them
      // max-age=0, so every returning reader re-checked every script and the CSS (issue 11).
      {
        source:
          "/((?!api/|media/|_next/static/|feeds/|sitemaps/|feed\\.xml|atom\\.xml|sitemap\\.xml|news-sitemap\\.xml).*)",
        headers: [{ key: "Cache-Control", value: PUBLIC_CACHE }],
      },
      { source: "/dashboard/:path*", headers: [{ key: "Cache-Control", value: PRIVATE }] },
      { source: "/login", headers: [{ key: "Cache-Control", value: PRIVATE }] },
      // The desk's preview frames show unpublished text: never stored by a proxy or a CDN.
      { source: "/_preview/:path*", headers: [{ key: "Cache-Control", value: PRIVATE }] },
      { source: "/bn/_preview/:path*", headers: [{ key: "Cache-Control", value: PRIVATE }] },
      { source: "/api/((?!v1/).*)", headers: [{ key: "Cache-Control", value: PRIVATE }] },
    ];
  },
};

export default nextConfig;
