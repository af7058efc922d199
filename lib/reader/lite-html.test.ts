import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { liteHtml, wantsLitePage } from "./lite-html";

// The shape of what Next 16 writes for one of our public pages (trimmed): its chunks and
// preloads, the theme script and reader script (ours), JSON-LD, and the inline RSC payload.
const NEXT_PAGE = [
  '<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a1.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b2.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/c3.js"/>',
  '<link rel="preload" href="/fonts/serif.woff2" as="font" type="font/woff2" crossorigin=""/>',
  '<script src="/_next/static/chunks/b2.js" async=""></script>',
  '<link rel="alternate" type="application/rss+xml" href="http://x/feed.xml" title="A &gt; B"/>',
  '<script data-dateline="">(function () { if (1 < 2) document.documentElement.dataset.x = "<link>"; })();</script>',
  '<script src="/_next/static/chunks/poly.js" noModule=""></script></head>',
  "<body><p>Dhaka <!-- -->1:39 am<!-- -->, Sunday</p><!--$--><p>after</p><!--/$-->",
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"a \\u003c/script> b"}</script>',
  '<script src="/_dateline/reader.js" defer="" data-dateline=""></script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || []).push({})</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n<!-- -->"])</script>',
  "</body></html>",
].join("");

describe("liteHtml", () => {
  const out = liteHtml(NEXT_PAGE, "/_dateline/reader.abc123.js");

  it("drops Next's scripts, script preloads and the inline RSC payload", () => {
    for (const gone of ["/_next/static/chunks/b2.js", "c3.js", "poly.js", "__next_f", "TURBOPACK", 'id="_R_"'])
      assert.ok(!out.includes(gone), `${gone} is gone`);
  });

  it("keeps our scripts, structured data, the stylesheet, the font preload and feed links", () => {
    assert.ok(out.includes('<script data-dateline="">(function () { if (1 < 2)'));
    assert.ok(out.includes('<script type="application/ld+json">{"@type":"NewsArticle"'));
    assert.ok(out.includes('<link rel="stylesheet" href="/_next/static/chunks/a1.css"'));
    assert.ok(out.includes('as="font"'));
    assert.ok(out.includes('title="A &gt; B"/>'));
  });

  it("points the reader script at its hashed address, once", () => {
    assert.equal(
      out.match(/<script src="\/_dateline\/reader\.abc123\.js" defer="" data-dateline=""><\/script>/g)?.length,
      1,
    );
    assert.ok(!out.includes('src="/_dateline/reader.js"'));
  });

  it("removes React's hydration comments but no text", () => {
    assert.ok(out.includes("<p>Dhaka 1:39 am, Sunday</p><p>after</p>"));
    assert.ok(!out.includes("<!--"));
  });

  it("is stable: a page already rewritten comes out the same", () => {
    assert.equal(liteHtml(out, "/_dateline/reader.abc123.js"), out);
  });

  it("leaves a page without Next's scripts as it was", () => {
    const plain = "<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>";
    assert.equal(liteHtml(plain, "/r.js"), plain);
  });
});

describe("wantsLitePage", () => {
  const base = { method: "GET", pathname: "/city/a-story", search: "", headers: {} };

  it("takes a browser's GET or HEAD of a public page", () => {
    for (const pathname of ["/", "/city", "/city/a-story", "/search", "/topics/rain", "/colophon", "/gone"])
      assert.equal(wantsLitePage({ ...base, pathname }), true, pathname);
    assert.equal(wantsLitePage({ ...base, method: "HEAD" }), true);
    assert.equal(wantsLitePage({ ...base, search: "?q=rain&page=2" }), true);
  });

  it("leaves the desk, sign-in, APIs, assets, other methods and RSC requests to the App Router", () => {
    for (const pathname of [
      "/dashboard",
      "/dashboard/stories",
      "/login",
      "/api/v1/articles",
      "/_next/static/x.js",
      "/media/a.jpg",
      "/_dateline/reader.js",
      "/feed.xml",
      "/atom.xml",
      "/feeds/section/city/rss.xml",
      "/sitemap.xml",
      "/sitemaps/stories-1.xml",
      "/news-sitemap.xml",
      "/robots.txt",
      "/cards/story/x/y.png",
    ])
      assert.equal(wantsLitePage({ ...base, pathname }), false, pathname);
    assert.equal(wantsLitePage({ ...base, method: "POST" }), false);
    assert.equal(wantsLitePage({ ...base, headers: { rsc: "1" } }), false);
    assert.equal(wantsLitePage({ ...base, headers: { "next-router-prefetch": "1" } }), false);
    assert.equal(wantsLitePage({ ...base, search: "?_rsc=abc" }), false);
    assert.equal(wantsLitePage({ ...base, search: "?q=x&_rsc=abc" }), false);
  });

  it("does not mistake a section that merely starts like a private area for one", () => {
    assert.equal(wantsLitePage({ ...base, pathname: "/dashboards-of-dhaka" }), true);
    assert.equal(wantsLitePage({ ...base, pathname: "/login-troubles/a-story" }), true);
  });
});
