// Feeds and sitemaps against real PostgreSQL, read back with a real feed parser and XML parser:
// what a feed reader or a search engine would get.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { eq } from "drizzle-orm";
import {
  authors,
  media,
  sections,
  siteSettings,
  stories,
  storyAuthors,
  storyTopics,
  topics,
  users,
  type StoryStatus,
} from "@/db/schema";
import {
  buildFeed,
  buildNewsSitemap,
  buildPagesSitemap,
  buildSitemapIndex,
  buildStoriesSitemap,
  FEED_SIZE,
  type FeedFormat,
} from "@/lib/feeds";
import { slugify } from "@/lib/slug";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

const ORIGIN = "https://news.example.com";
const SITE_NAME = `The Dhaka & "Dateline" <Daily>`;
const HOUR = 3_600_000;
const ISO_DHAKA = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+06:00$/;
// Headlines a real newsroom writes: ampersands, angle brackets, quotes, Bengali.
const TRICKY = `Prices < 5% & "rising" at O'Brien's — ঢাকার বাজারে চালের দাম বাড়ছে`;

let t: TestDb;
let userId: string;
const ids = { section: new Map<string, string>(), topic: new Map<string, string>(), author: new Map<string, string>() };

type StoryInput = {
  headline: string;
  section?: string;
  status?: StoryStatus;
  hoursAgo: number;
  updatedHoursAgo?: number;
  authors?: string[];
  topics?: string[];
  standfirst?: string;
  bodyHtml?: string;
};

async function addStory(s: StoryInput): Promise<{ id: string; slug: string; section: string }> {
  const section = s.section ?? "city";
  const slug = slugify(s.headline);
  const [row] = await t.db
    .insert(stories)
    .values({
      sectionId: ids.section.get(section)!,
      slug,
      headline: s.headline,
      standfirst: s.standfirst ?? `Standfirst of ${s.headline}.`,
      bodyHtml: s.bodyHtml ?? `<p>Body of ${s.headline.replace(/&/g, "&amp;").replace(/</g, "&lt;")}.</p>`,
      status: s.status ?? "published",
      createdById: userId,
      publishedAt: new Date(Date.now() - s.hoursAgo * HOUR),
      contentUpdatedAt: s.updatedHoursAgo === undefined ? null : new Date(Date.now() - s.updatedHoursAgo * HOUR),
      scheduledFor: s.status === "scheduled" ? new Date(Date.now() - s.hoursAgo * HOUR) : null,
    })
    .returning({ id: stories.id });
  const id = row!.id;
  for (const [position, a] of (s.authors ?? ["nusrat"]).entries()) {
    await t.db.insert(storyAuthors).values({ storyId: id, authorId: ids.author.get(a)!, position });
  }
  for (const topic of s.topics ?? [])
    await t.db.insert(storyTopics).values({ storyId: id, topicId: ids.topic.get(topic)! });
  return { id, slug, section };
}

const url = (story: { section: string; slug: string }) =>
  `${ORIGIN}/${encodeURIComponent(story.section)}/${encodeURIComponent(story.slug)}`;

/** Builds the feed, checks it is well-formed XML, and parses it as a feed reader would. */
async function read(scope: Parameters<typeof buildFeed>[0], format: FeedFormat) {
  const xml = await buildFeed(scope, format);
  assert.ok(xml !== null, "the feed exists");
  assert.equal(XMLValidator.validate(xml), true, "well-formed XML");
  const feed = parseFeed(xml);
  assert.equal(feed.meta.type, format);
  return Object.assign(feed, { xml });
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ["url", "sitemap", "item", "entry"].includes(name),
});
function parseXml(xml: string) {
  assert.equal(XMLValidator.validate(xml), true, "well-formed XML");
  return xmlParser.parse(xml);
}

before(async () => {
  process.env.DATELINE_PUBLIC_URL = `${ORIGIN}/`;
  t = await freshDatabase();
  const [u] = await t.db
    .insert(users)
    .values({ email: "desk@example.com", name: "Desk", role: "editor", passwordHash: "x" })
    .returning();
  userId = u!.id;
  await t.db.update(siteSettings).set({ siteName: SITE_NAME }).where(eq(siteSettings.id, 1));
  for (const [slug, name, position] of [
    ["city", "City", 0],
    ["sport", "Sport", 1],
    ["empty", "Empty", 2],
  ] as const) {
    const [r] = await t.db.insert(sections).values({ slug, name, position }).returning();
    ids.section.set(slug, r!.id);
  }
  for (const [slug, name] of [
    ["waterways", "Rivers & Waterways"],
    ["cricket", "Cricket"],
  ]) {
    const [r] = await t.db.insert(topics).values({ slug: slug!, name: name! }).returning();
    ids.topic.set(slug!, r!.id);
  }
  for (const [slug, name] of [
    ["nusrat", "Nusrat Jahan Rimi"],
    ["tanvir", "Tanvir Ahmed"],
  ]) {
    const [r] = await t.db.insert(authors).values({ slug: slug!, name: name! }).returning();
    ids.author.set(slug!, r!.id);
  }
});
after(async () => {
  await t?.drop();
  await stopTestServer();
});

describe("RSS and Atom feeds", () => {
  const s: Record<string, { id: string; slug: string; section: string }> = {};
  const hidden = [
    "Draft about the ferry",
    "In review about the bridge",
    "Scheduled about the budget",
    "Unpublished about the port",
    "Embargoed until tomorrow",
  ];

  before(async () => {
    s.tricky = await addStory({
      headline: TRICKY,
      hoursAgo: 1,
      authors: ["nusrat", "tanvir"],
      topics: ["waterways"],
      standfirst: 'Rice & lentils cost <more>\u0001 than "last" week.',
    });
    s.cricket = await addStory({
      headline: "Tigers win the series in Chattogram",
      section: "sport",
      hoursAgo: 2,
      authors: ["tanvir"],
      topics: ["cricket"],
    });
    s.river = await addStory({
      headline: "River ferries return after the storm",
      hoursAgo: 5,
      updatedHoursAgo: 3,
      topics: ["waterways"],
      bodyHtml: "<p>A ]]> B ]]> C</p>",
    });
    s.old = await addStory({ headline: "Old market reopens", hoursAgo: 72 });
    const statuses: StoryStatus[] = ["draft", "in_review", "scheduled", "unpublished"];
    for (const [i, status] of statuses.entries())
      await addStory({ headline: hidden[i]!, status, hoursAgo: 0.5, topics: ["waterways"] });
    // Published, but with a publish time still in the future: not visible yet.
    await addStory({ headline: hidden[4]!, hoursAgo: -24, topics: ["waterways"], authors: ["tanvir"] });
  });

  for (const format of ["rss", "atom"] as const) {
    it(`${format}: the site feed lists published stories newest first, with everything a reader needs`, async () => {
      const feed = await read({ kind: "site", edition: "en" }, format);
      assert.equal(feed.title, SITE_NAME);
      assert.equal(feed.url, `${ORIGIN}/`);
      assert.deepEqual(
        feed.items.map((i) => i.title),
        [TRICKY, "Tigers win the series in Chattogram", "River ferries return after the storm", "Old market reopens"],
      );
      for (const title of hidden) assert.ok(!feed.items.some((i) => i.title === title), `${title} is not in the feed`);

      const [tricky, , river] = feed.items;
      assert.equal(tricky!.url, url(s.tricky!));
      assert.equal(tricky!.id, `urn:uuid:${s.tricky!.id}`);
      assert.equal(tricky!.description, `Rice & lentils cost <more> than "last" week.`);
      // The parser decodes entities in content, so check the exact HTML a reader renders in the XML itself.
      const raw = parseXml(feed.xml);
      const html = format === "rss" ? raw.rss.channel.item[0]["content:encoded"] : raw.feed.entry[0].content["#text"];
      const [stored] = await t.db.select({ body: stories.bodyHtml }).from(stories).where(eq(stories.id, s.tricky!.id));
      assert.equal(html, stored!.body);
      assert.match(html, /^<p>Body of Prices &lt; 5% &amp; "rising"/);
      assert.deepEqual(
        tricky!.authors.map((a) => a.name),
        ["Nusrat Jahan Rimi", "Tanvir Ahmed"],
      );
      assert.deepEqual(
        tricky!.categories.map((c) => c.label),
        ["City", "Rivers & Waterways"],
      );
      assert.ok(Math.abs(tricky!.published!.getTime() - (Date.now() - HOUR)) < 60_000);
      assert.equal(river!.content, "<p>A ]]> B ]]> C</p>");
      if (format === "atom")
        assert.ok(river!.updated!.getTime() > river!.published!.getTime(), "Atom carries the update time");
    });

    it(`${format}: every item carries a picture — its photo's 16:9 crop, else its own card — and the channel the logo`, async () => {
      const key = (n: string) => `c/ab/${n.repeat(64)}.jpg`;
      const file = (k: string, width: number, height: number, bytes: number) => ({
        key: k,
        width,
        height,
        format: "jpeg" as const,
        bytes,
      });
      const alt = `Bowlers & "fans" <celebrate> at Zahur Ahmed Chowdhury Stadium`;
      const [photo] = await t.db
        .insert(media)
        .values({
          uploadedById: userId,
          fileName: "tigers.jpg",
          type: "image/jpeg",
          width: 1600,
          height: 900,
          bytes: 90_000,
          alt,
          files: {
            original: file(`o/ab/${"0".repeat(64)}.jpg`, 1600, 900, 90_000),
            variants: [],
            crops: {
              "16x9": file(key("1"), 1200, 675, 41_234),
              "4x3": file(key("2"), 1200, 900, 1),
              "1x1": file(key("3"), 900, 900, 1),
            },
          },
        })
        .returning({ id: media.id });
      await t.db.update(stories).set({ featuredImageId: photo!.id }).where(eq(stories.id, s.cricket!.id));
      try {
        const feed = await read({ kind: "site", edition: "en" }, format);
        assert.match(feed.image?.url ?? "", new RegExp(`^${ORIGIN}/cards/logo/[\\w-]{12}\\.png$`));
        const byUrl = new Map(feed.items.map((i) => [i.url, i]));
        const cricket = byUrl.get(url(s.cricket!))!;
        assert.deepEqual(
          cricket.media.map((m) => [m.url, m.mimeType, m.length]),
          [[`${ORIGIN}/media/${key("1")}`, "image/jpeg", 41_234]],
        );
        const tricky = byUrl.get(url(s.tricky!))!;
        assert.match(tricky.image?.url ?? "", new RegExp(`^${ORIGIN}/cards/story/${s.tricky!.id}/[\\w-]{12}\\.png$`));
        assert.equal(tricky.media[0]?.mimeType, "image/png");
        assert.ok(
          feed.items.every((i) => i.image?.url),
          "every item has a picture",
        );
        if (format === "rss") {
          // Media RSS: size and alt text, the alt text escaped like any other text.
          const raw = parseXml(feed.xml);
          const items = raw.rss.channel.item as { link: string; "media:content": Record<string, unknown> }[];
          const item = items.find((i) => i.link === url(s.cricket!))!;
          const content = item["media:content"];
          assert.equal(content["@_width"], "1200");
          assert.equal(content["@_height"], "675");
          assert.equal((content["media:description"] as Record<string, string>)["#text"], alt);
        }
      } finally {
        await t.db.update(stories).set({ featuredImageId: null }).where(eq(stories.id, s.cricket!.id));
        await t.db.delete(media).where(eq(media.id, photo!.id));
      }
    });

    it(`${format}: section, topic and author feeds hold only their stories; unknown ones have no feed`, async () => {
      const sport = await read({ kind: "section", edition: "en", slug: "sport" }, format);
      assert.equal(sport.title, `${SITE_NAME}: Sport`);
      assert.deepEqual(
        sport.items.map((i) => i.url),
        [url(s.cricket!)],
      );

      const waterways = await read({ kind: "topic", slug: "waterways" }, format);
      assert.equal(waterways.url, `${ORIGIN}/topics/waterways`);
      assert.deepEqual(
        waterways.items.map((i) => i.title),
        [TRICKY, "River ferries return after the storm"],
      );

      const tanvir = await read({ kind: "author", slug: "tanvir" }, format);
      assert.equal(tanvir.url, `${ORIGIN}/authors/tanvir`);
      assert.deepEqual(
        tanvir.items.map((i) => i.title),
        [TRICKY, "Tigers win the series in Chattogram"],
      );

      assert.deepEqual((await read({ kind: "section", edition: "en", slug: "empty" }, format)).items, []);
      for (const kind of ["section", "topic", "author"] as const)
        assert.equal(await buildFeed({ kind, edition: "en", slug: "no-such" }, format), null);
    });
  }

  it("the Google News sitemap has the last two days' published stories, with publication, date and title", async () => {
    const doc = parseXml(await buildNewsSitemap("en"));
    assert.equal(doc.urlset["@_xmlns:news"], "http://www.google.com/schemas/sitemap-news/0.9");
    const urls = doc.urlset.url as { loc: string; "news:news": Record<string, unknown> }[];
    assert.deepEqual(
      urls.map((u) => u.loc),
      [url(s.tricky!), url(s.cricket!), url(s.river!)],
    );
    assert.ok(!urls.some((u) => u.loc === url(s.old!)), "a story from three days ago is left out");
    const news = urls[0]!["news:news"] as {
      "news:publication": Record<string, string>;
      "news:publication_date": string;
      "news:title": string;
    };
    assert.deepEqual(news["news:publication"], { "news:name": SITE_NAME, "news:language": "en" });
    assert.match(news["news:publication_date"], ISO_DHAKA);
    assert.ok(Math.abs(new Date(news["news:publication_date"]).getTime() - (Date.now() - HOUR)) < 60_000);
    assert.equal(news["news:title"], TRICKY);
  });

  it("the sitemap index points at the pages sitemap and the story sitemaps, which list every published story once", async () => {
    const index = parseXml(await buildSitemapIndex(2));
    const children = (index.sitemapindex.sitemap as { loc: string; lastmod?: string }[]).map((c) => c.loc);
    assert.deepEqual(children, [
      `${ORIGIN}/sitemaps/pages.xml`,
      `${ORIGIN}/sitemaps/stories-1.xml`,
      `${ORIGIN}/sitemaps/stories-2.xml`,
    ]);
    for (const child of index.sitemapindex.sitemap) assert.match(child.lastmod, ISO_DHAKA);

    const pages = parseXml(await buildPagesSitemap()).urlset.url as { loc: string; lastmod?: string }[];
    assert.deepEqual(
      pages.map((p) => p.loc),
      [`${ORIGIN}/`, `${ORIGIN}/city`, `${ORIGIN}/sport`, `${ORIGIN}/empty`],
    );
    assert.equal(
      pages.find((p) => p.loc.endsWith("/empty"))!.lastmod,
      undefined,
      "a section with no stories has no lastmod",
    );

    const listed: { loc: string; lastmod: string }[] = [];
    for (const n of [1, 2]) listed.push(...parseXml((await buildStoriesSitemap(n, 2))!).urlset.url);
    assert.deepEqual(
      listed.map((u) => u.loc),
      [url(s.old!), url(s.river!), url(s.cricket!), url(s.tricky!)],
      "oldest first, each once",
    );
    for (const u of listed) assert.match(u.lastmod, ISO_DHAKA);
    // The river story changed two hours after it went live: its lastmod is the change.
    assert.ok(Math.abs(new Date(listed[1]!.lastmod).getTime() - (Date.now() - 3 * HOUR)) < 60_000);
    assert.equal(await buildStoriesSitemap(3, 2), null);
    assert.equal(await buildStoriesSitemap(0, 2), null);
  });
});

describe("feed size", () => {
  it(`a feed carries the ${FEED_SIZE} newest stories`, async () => {
    for (let i = 0; i < FEED_SIZE + 3; i++)
      await addStory({ headline: `Bulk story number ${i}`, section: "empty", hoursAgo: 100 + i });
    const feed = await read({ kind: "section", edition: "en", slug: "empty" }, "rss");
    assert.equal(feed.items.length, FEED_SIZE);
    assert.equal(feed.items[0]!.title, "Bulk story number 0");
    assert.equal(feed.items.at(-1)!.title, `Bulk story number ${FEED_SIZE - 1}`);
  });
});
