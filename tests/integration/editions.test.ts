// Editions against real PostgreSQL: each edition's feeds, sitemaps, news sitemap, search, home
// page and Content API hold only its own stories, at its own addresses, in its own language.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser } from "fast-xml-parser";
import { listArticles, listSections } from "@/db/queries/api";
import { homeFront } from "@/db/queries/home";
import { searchStories } from "@/db/queries/search";
import { sections, stories, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { buildFeed, buildNewsSitemap, buildPagesSitemap, buildStoriesSitemap } from "@/lib/feeds";
import { saveArrangement } from "@/lib/home";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

const ORIGIN = "https://news.example.com";
const enc = encodeURIComponent;
const HOUR = 3_600_000;

let t: TestDb;
let editor: { id: string; role: "editor" };
const ids: Record<string, string> = {};

const EN = { section: "city", slug: "metro-rail-runs-until-midnight", headline: "Metro rail runs until midnight" };
const BN = { section: "নগর", slug: "মেট্রোরেল-চলবে-মধ্যরাত-পর্যন্ত", headline: "মেট্রোরেল চলবে মধ্যরাত পর্যন্ত" };
const enUrl = `${ORIGIN}/${EN.section}/${EN.slug}`;
const bnUrl = `${ORIGIN}/bn/${enc(BN.section)}/${enc(BN.slug)}`;

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "url" });

before(async () => {
  process.env.DATELINE_PUBLIC_URL = `${ORIGIN}/`;
  t = await freshDatabase();
  const [u] = await t.db
    .insert(users)
    .values({ email: "desk@example.com", name: "Desk", role: "editor", passwordHash: "x" })
    .returning();
  editor = { id: u!.id, role: "editor" };
  const [city, nagar] = await t.db
    .insert(sections)
    .values([
      { slug: EN.section, name: "City", edition: "en" },
      { slug: BN.section, name: "নগর", edition: "bn" },
    ])
    .returning();
  for (const [key, s, sectionId, body] of [
    ["en", EN, city!.id, "Trains on the Uttara line will run later from Sunday."],
    ["bn", BN, nagar!.id, "রবিবার থেকে উত্তরা রুটে মেট্রোরেলের শেষ ট্রেন ছাড়বে মধ্যরাতে।"],
  ] as const) {
    const [row] = await t.db
      .insert(stories)
      .values({
        sectionId,
        slug: s.slug,
        headline: s.headline,
        bodyText: body,
        bodyHtml: `<p>${body}</p>`,
        status: "published",
        createdById: editor.id,
        publishedAt: new Date(Date.now() - HOUR),
      })
      .returning({ id: stories.id });
    ids[key] = row!.id;
  }
});

after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("editions", () => {
  it("each edition's feed lists only its stories, at its addresses, in its language", async () => {
    for (const [edition, url, other, language] of [
      ["en", enUrl, bnUrl, "en"],
      ["bn", bnUrl, enUrl, "bn"],
    ] as const) {
      const rss = await buildFeed({ kind: "site", edition }, "rss");
      const feed = parseFeed(rss!);
      assert.deepEqual(
        feed.items.map((i) => i.url),
        [url],
      );
      assert.ok(!rss!.includes(other));
      assert.match(rss!, new RegExp(`<language>${language}</language>`));
    }
    const section = parseFeed((await buildFeed({ kind: "section", edition: "bn", slug: BN.section }, "atom"))!);
    assert.deepEqual(
      section.items.map((i) => i.url),
      [bnUrl],
    );
    // A Bangla section is no section of the English edition.
    assert.equal(
      (await buildFeed({ kind: "section", edition: "en", slug: BN.section }, "rss"))!.includes(bnUrl),
      false,
    );
  });

  it("each edition's news sitemap names its language and only its stories", async () => {
    for (const [edition, url, language] of [
      ["en", enUrl, "en"],
      ["bn", bnUrl, "bn"],
    ] as const) {
      const urls = xml.parse(await buildNewsSitemap(edition)).urlset.url as {
        loc: string;
        "news:news": { "news:publication": { "news:language": string } };
      }[];
      assert.deepEqual(
        urls.map((u) => u.loc),
        [url],
      );
      assert.equal(urls[0]!["news:news"]["news:publication"]["news:language"], language);
    }
  });

  it("the sitemaps hold both editions' home pages, sections and stories at their own addresses", async () => {
    const pages = (xml.parse(await buildPagesSitemap()).urlset.url as { loc: string }[]).map((u) => u.loc);
    assert.deepEqual(pages.sort(), [`${ORIGIN}/`, `${ORIGIN}/bn`, `${ORIGIN}/bn/${enc(BN.section)}`, `${ORIGIN}/city`]);
    const storiesXml = (await buildStoriesSitemap(1))!;
    const locs = (xml.parse(storiesXml).urlset.url as { loc: string }[]).map((u) => u.loc);
    assert.deepEqual(locs.sort(), [bnUrl, enUrl].sort());
  });

  it("search finds a story only in its own edition", async () => {
    assert.deepEqual(
      (await searchStories("মেট্রোরেল", 1, "bn")).hits.map((h) => h.id),
      [ids.bn],
    );
    assert.equal((await searchStories("মেট্রোরেল", 1, "en")).total, 0);
    assert.deepEqual(
      (await searchStories("metro", 1, "en")).hits.map((h) => h.id),
      [ids.en],
    );
    assert.equal((await searchStories("metro", 1, "bn")).total, 0);
  });

  it("the Content API filters by ?edition= and says each story's edition and language", async () => {
    const bn = await listArticles({ limit: 20, cursor: null, edition: "bn" });
    assert.deepEqual(
      bn.data.map((a) => [a.id, a.edition, a.language, a.url]),
      [[ids.bn, "bn", "bn", bnUrl]],
    );
    const all = await listArticles({ limit: 20, cursor: null });
    assert.equal(all.data.length, 2);
    assert.deepEqual(
      (await listSections("bn")).data.map((s) => [s.slug, s.url]),
      [[BN.section, `${ORIGIN}/bn/${enc(BN.section)}`]],
    );
  });

  it("each edition has its own front page, arranged only from its own stories", async () => {
    assert.equal((await homeFront("bn")).lead?.id, ids.bn);
    assert.equal((await homeFront("en")).lead?.id, ids.en);
    await assert.rejects(
      saveArrangement(t.db, editor, { storyIds: [ids.en], expected: [], edition: "bn" }),
      (e: unknown) => e instanceof AppError && e.kind === "validation",
    );
    await saveArrangement(t.db, editor, { storyIds: [ids.bn], expected: [], edition: "bn" });
    // The Bangla arrangement leaves the English front page's (empty) one alone.
    await saveArrangement(t.db, editor, { storyIds: [ids.en], expected: [], edition: "en" });
    assert.equal((await homeFront("bn")).lead?.id, ids.bn);
  });

  it("the database refuses an edition it does not know", async () => {
    await assert.rejects(t.db.insert(sections).values({ slug: "monde", name: "Monde", edition: "fr" as "en" }));
  });
});
