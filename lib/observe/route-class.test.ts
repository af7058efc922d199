import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { routeClass, type RouteClass } from "./route-class";

// The server's reserved first segments (scripts/serve.ts), as of this test.
const RESERVED = new Set([
  "healthz",
  "readyz",
  "_next",
  "_front",
  "api",
  "dashboard",
  "authors",
  "topics",
  "feeds",
  "sitemaps",
  "search",
  "login",
  "gone",
  "colophon",
  "metrics",
  "bn",
]);

const table: [string, RouteClass][] = [
  ["/", "home"],
  ["/_front/default", "home"],
  ["/world", "section"],
  ["/world/_page/2", "section"],
  ["/world/heavy-rain-floods-sylhet", "article"],
  // The Bangla edition's addresses class like the default edition's.
  ["/bn", "home"],
  ["/bn/_front/home", "home"],
  ["/bn/%E0%A6%96%E0%A7%87%E0%A6%B2%E0%A6%BE", "section"],
  ["/bn/%E0%A6%96%E0%A7%87%E0%A6%B2%E0%A6%BE/_page/2", "section"],
  ["/bn/%E0%A6%96%E0%A7%87%E0%A6%B2%E0%A6%BE/%E0%A6%9C%E0%A6%AF%E0%A6%BC", "article"],
  ["/bn/search", "search"],
  ["/bn/feed.xml", "other"],
  ["/world/a%20b", "article"],
  ["/topics/floods", "topic"],
  ["/topics/floods/_page/3", "topic"],
  ["/authors/rahman", "author"],
  ["/search", "search"],
  ["/dashboard", "dashboard"],
  ["/dashboard/stories/123", "dashboard"],
  ["/login", "dashboard"],
  ["/api/stories/1/transition", "api"],
  ["/api/v1/articles", "api"],
  ["/media/ab/cd.webp", "media"],
  ["/cards/story/6f1c1f0e-8a43-4f57-9d4e-2b8d0f3c9a11/AbCdEfGhIjKl.png", "media"],
  ["/_next/static/chunks/x.js", "static"],
  ["/icon.svg", "static"],
  ["/robots.txt", "static"],
  ["/feed.xml", "other"],
  ["/sitemaps/1.xml", "other"],
  ["/feeds/section/world/rss.xml", "other"],
  ["/healthz", "other"],
  ["/metrics", "other"],
  ["/colophon", "other"],
  ["/gone", "other"],
  ["/world/story/extra", "other"],
  ["/world/story.php", "other"],
  ["/world/", "other"],
  ["//evil", "other"],
];

describe("routeClass", () => {
  for (const [path, expected] of table) {
    it(`${path} is ${expected}`, () => assert.equal(routeClass(path, RESERVED), expected));
  }

  it("a reserved segment is never a section or an article", () => {
    assert.equal(routeClass("/gone/x", RESERVED), "other");
    assert.equal(routeClass("/gone/x", new Set()), "article");
  });
});
