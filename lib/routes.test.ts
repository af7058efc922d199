import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { editionOfPath, errorPagePath, publicPath } from "./routes";

const section = "খেলা";
const slug = "ঢাকায়-মেট্রোরেলের-সময়-বাড়ল";
const enc = encodeURIComponent;

describe("the route builder", () => {
  it("puts the default edition at / and Bangla under /bn", () => {
    assert.equal(publicPath.home("en"), "/");
    assert.equal(publicPath.home("bn"), "/bn");
    assert.equal(publicPath.section({ edition: "en", slug: "sport" }), "/sport");
    assert.equal(publicPath.story({ edition: "en", sectionSlug: "sport", slug: "tigers-win" }), "/sport/tigers-win");
    assert.equal(publicPath.search("bn", "মেট্রো"), `/bn/search?q=${enc("মেট্রো")}`);
    assert.equal(publicPath.search("en"), "/search");
    assert.equal(publicPath.feed({ kind: "site", edition: "en" }, "rss"), "/feed.xml");
    assert.equal(publicPath.feed({ kind: "site", edition: "bn" }, "atom"), "/bn/atom.xml");
    assert.equal(publicPath.newsSitemap("bn"), "/bn/news-sitemap.xml");
  });

  it("encodes a Bengali slug the same way in every address that holds it", () => {
    const story = publicPath.story({ edition: "bn", sectionSlug: section, slug });
    const sectionPath = publicPath.section({ edition: "bn", slug: section });
    const feed = publicPath.feed({ kind: "section", edition: "bn", slug: section }, "rss");
    assert.equal(story, `/bn/${enc(section)}/${enc(slug)}`);
    assert.ok(story.startsWith(`${sectionPath}/`), "an article's address starts with its section's");
    assert.equal(feed, `/bn/feeds/section/${enc(section)}/rss.xml`);
    // Only ASCII goes out: no raw Bengali, no unescaped reserved characters.
    for (const p of [story, sectionPath, feed]) assert.match(p, /^[\x21-\x7e]+$/);
    // And it reads back to the very letters (য় stays as typed, whichever form).
    assert.equal(decodeURIComponent(story.split("/").at(-1)!), slug);
  });

  it("escapes what would break a path: slashes, question marks, spaces", () => {
    assert.equal(publicPath.topic("a/b c?"), "/topics/a%2Fb%20c%3F");
    assert.equal(publicPath.author("ন/ম"), `/authors/${enc("ন/ম")}`);
  });
});

describe("reading a public path back", () => {
  it("finds the edition and the story, section or front", async () => {
    const { parsePublicPath } = await import("./routes");
    const bn = publicPath.story({ edition: "bn", sectionSlug: section, slug });
    assert.deepEqual(parsePublicPath(bn), { kind: "story", edition: "bn", sectionSlug: section, slug });
    assert.deepEqual(parsePublicPath("/sport/tigers-win?x=1#top"), {
      kind: "story",
      edition: "en",
      sectionSlug: "sport",
      slug: "tigers-win",
    });
    assert.deepEqual(parsePublicPath("/bn"), { kind: "front", edition: "bn" });
    assert.deepEqual(parsePublicPath("/"), { kind: "front", edition: "en" });
    assert.deepEqual(parsePublicPath("/sport"), { kind: "section", edition: "en", slug: "sport" });
    assert.deepEqual(parsePublicPath("/bn/search"), { kind: "other", edition: "bn" });
    assert.deepEqual(parsePublicPath("/topics/floods"), { kind: "other", edition: "en" });
  });

  it("reads anything that is not a plain path of this site as the default front", async () => {
    const { parsePublicPath } = await import("./routes");
    for (const bad of ["//evil.example/sport/x", "https://evil.example/", "sport/x", "/%E0%A4", ""]) {
      assert.deepEqual(parsePublicPath(bad), { kind: "front", edition: "en" }, bad);
    }
  });

  it("pages a list: page 1 is the list's own address", () => {
    assert.equal(publicPath.paged("/sport", 1), "/sport");
    assert.equal(publicPath.paged("/sport", 3), "/sport?page=3");
    assert.equal(publicPath.editionSwitch("bn"), "/edition/bn");
  });
});

describe("the edition an address is in, and its error pages", () => {
  it("reads /bn and below as Bangla's, everything else as the default edition's", () => {
    for (const p of ["/bn", "/bn/", `/bn/${enc(section)}/${enc(slug)}`, "/bn?page=2", "/bn/search?q=x"])
      assert.equal(editionOfPath(p), "bn", p);
    for (const p of ["/", "/city", "/bnews/story", "/topics/bn", "/search?q=/bn/"])
      assert.equal(editionOfPath(p), "en", p);
  });

  it("puts each edition's 404, 410 and 400 pages in its own address space", () => {
    assert.deepEqual(
      (["notFound", "gone", "bad"] as const).map((k) => [errorPagePath("en", k), errorPagePath("bn", k)]),
      [
        ["/_not-found", "/bn/_not-found"],
        ["/gone", "/bn/gone"],
        ["/bad-address", "/bn/bad-address"],
      ],
    );
  });
});
