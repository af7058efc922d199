import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import { authors, sections, stories, storyAuthors, users } from "@/db/schema";
import {
  MARK_END,
  MARK_START,
  MAX_QUERY_CHARS,
  MAX_CANDIDATES,
  SEARCH_PAGE_SIZE,
  parseMarked,
  readSearchParams,
  searchStories,
  type SearchHit,
} from "@/db/queries/search";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
let sectionId: string;
let userId: string;
let authorId: string;
const hour = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * hour);

type Seed = {
  slug: string;
  headline: string;
  standfirst?: string;
  body: string;
  status?: "draft" | "scheduled" | "published";
  publishedAt?: Date | null;
};

async function story(s: Seed): Promise<string> {
  const [row] = await t.db
    .insert(stories)
    .values({
      sectionId,
      createdById: userId,
      slug: s.slug,
      headline: s.headline,
      standfirst: s.standfirst ?? "",
      bodyText: s.body,
      status: s.status ?? "published",
      publishedAt: s.publishedAt === undefined ? ago(5) : s.publishedAt,
      scheduledFor: s.status === "scheduled" ? new Date(Date.now() + 24 * hour) : null,
    })
    .returning({ id: stories.id });
  await t.db.insert(storyAuthors).values({ storyId: row!.id, authorId });
  return row!.id;
}

const plain = (m: SearchHit["headline"]) => m.map((p) => p.text).join("");
const slugs = (hits: SearchHit[]) => hits.map((h) => h.slug);

before(async () => {
  t = await freshDatabase();
  const [u] = await t.db
    .insert(users)
    .values({ email: "r@example.com", name: "Rumana", passwordHash: "x" })
    .returning();
  userId = u!.id;
  const [a] = await t.db.insert(authors).values({ slug: "rumana", name: "Rumana Akter" }).returning();
  authorId = a!.id;
  const [s] = await t.db.insert(sections).values({ slug: "national", name: "National" }).returning();
  sectionId = s!.id;

  await story({
    slug: "river-floods",
    headline: "Teesta floods reach Lalmonirhat",
    body: "Water rose overnight along the embankments. Families moved their cattle to higher ground.",
    publishedAt: ago(30),
  });
  await story({
    slug: "school-term",
    headline: "Schools reopen after the holidays",
    body:
      "Head teachers said some classrooms were damaged by floods last month and lessons would move outdoors. " +
      "Pupils were told to bring <b>water bottles</b> & umbrellas if rainfall tops 3 < 5 days.",
    publishedAt: ago(2),
  });
  await story({
    slug: "hilsa-price",
    headline: "Hilsa prices fall at Karwan Bazar",
    body: "Traders blamed an unusual glut of kingfisher-caught fish.",
    publishedAt: ago(3),
  });
  await story({
    slug: "draft-one",
    headline: "Draft about kingfisher",
    body: "A draft mentions kingfisher and floods.",
    status: "draft",
    publishedAt: null,
  });
  await story({
    slug: "scheduled-one",
    headline: "Scheduled kingfisher story",
    body: "Scheduled text about kingfisher and floods.",
    status: "scheduled",
    publishedAt: null,
  });
  await story({
    slug: "future-one",
    headline: "Future kingfisher story",
    body: "Published in the future, about kingfisher and floods.",
    publishedAt: new Date(Date.now() + 48 * hour),
  });
  // Many matching stories, for paging.
  for (let i = 0; i < 12; i++) {
    await story({
      slug: `ferry-${i}`,
      headline: `Ferry notice ${i}`,
      body: `Launch timetable number ${i} for the Sadarghat terminal.`,
      publishedAt: ago(40 + i),
    });
  }
});

after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("reader search", () => {
  it("finds a published story by a body word, and never a draft, scheduled or future story with the same word", async () => {
    const result = await searchStories("kingfisher", 1, "en");
    assert.deepEqual(slugs(result.hits), ["hilsa-price"]);
    assert.equal(result.total, 1);
    const [hit] = result.hits;
    assert.equal(hit!.sectionSlug, "national");
    assert.equal(hit!.sectionName, "National");
    assert.deepEqual(hit!.bylines, [{ name: "Rumana Akter", slug: "rumana" }]);
    assert.ok(hit!.publishedAt < new Date());
  });

  it("ranks a headline match above a body-only match, and stems (flooding finds floods)", async () => {
    const result = await searchStories("flooding", 1, "en");
    assert.deepEqual(slugs(result.hits), ["river-floods", "school-term"]);
    assert.equal(result.total, 2);
    // Highlighted in the headline the same way as in the snippet.
    assert.deepEqual(
      result.hits[0]!.headline.filter((p) => p.mark).map((p) => p.text),
      ["floods"],
    );
    assert.equal(plain(result.hits[0]!.headline), "Teesta floods reach Lalmonirhat");
  });

  it("marks the match in the snippet with the sentinels and keeps story text's < and & as plain text", async () => {
    const [hit] = (await searchStories("bottles", 1, "en")).hits;
    assert.ok(hit);
    assert.deepEqual(
      hit.snippet.filter((p) => p.mark).map((p) => p.text),
      ["bottles"],
    );
    // ts_headline's fragments drop tag-shaped tokens; every other < and & stays, as text in an unmarked run.
    const text = plain(hit.snippet);
    assert.match(text, /water bottles\s+& umbrellas if rainfall tops 3 < 5 days/);
    assert.ok(hit.snippet.some((p) => !p.mark && p.text.includes("3 < 5")));
    const raw = hit.snippet.map((p) => (p.mark ? `${MARK_START}${p.text}${MARK_END}` : p.text)).join("");
    assert.match(raw, new RegExp(`water ${MARK_START}bottles${MARK_END}\\s+& umbrellas`));
  });

  it("pages ten at a time, best and newest first", async () => {
    const first = await searchStories("sadarghat", 1, "en");
    assert.equal(first.total, 12);
    assert.equal(first.pageCount, 2);
    assert.equal(first.hits.length, SEARCH_PAGE_SIZE);
    assert.equal(first.hits[0]!.slug, "ferry-0");
    const second = await searchStories("sadarghat", 2, "en");
    assert.deepEqual(slugs(second.hits), ["ferry-10", "ferry-11"]);
    const beyond = await searchStories("sadarghat", 9, "en");
    assert.equal(beyond.total, 12);
    assert.deepEqual(beyond.hits, []);
  });

  it("answers hostile and odd input without throwing", async () => {
    const inputs = [
      "' OR 1=1 --",
      "<script>alert(1)</script>",
      "x".repeat(1000),
      "বন্যা ঢাকা",
      "%",
      "\\",
      '"""',
      "&&&",
      "'",
      ":*",
      "!",
      "the and of",
      "-",
      "a:*B & !!(",
      "\uE000kingfisher\uE001",
      "🌊".repeat(300),
    ];
    for (const raw of inputs) {
      const { q, page } = readSearchParams({ q: raw, page: "1" });
      const result = await searchStories(q, page, "en");
      assert.ok(Array.isArray(result.hits), raw);
    }
    for (const q of ['"""', "&&&", "'", ":*", "!", "the and of", "<script>alert(1)</script>", "' OR 1=1 --"]) {
      assert.equal((await searchStories(q, 1, "en")).total, 0, q);
    }
    assert.equal((await searchStories("", 1, "en")).total, 0);
  });

  it("reads the query string: first q, trimmed, no NUL, cut to 200 characters without splitting a character", () => {
    assert.deepEqual(readSearchParams({}), { q: "", truncated: false, page: 1 });
    assert.deepEqual(readSearchParams({ q: ["  floods ", "second"], page: "3" }), {
      q: "floods",
      truncated: false,
      page: 3,
    });
    assert.equal(readSearchParams({ q: "a\0b" }).q, "ab");
    for (const page of ["0", "-4", "abc", "1e400", undefined])
      assert.equal(readSearchParams({ q: "x", page }).page, 1, String(page));
    assert.equal(readSearchParams({ q: "x", page: "99999999999999999999" }).page, 10_000);

    const long = readSearchParams({ q: "y".repeat(1000) });
    assert.equal(long.truncated, true);
    assert.equal(long.q.length, MAX_QUERY_CHARS);
    const emoji = readSearchParams({ q: "🌊".repeat(250) });
    assert.equal(Array.from(emoji.q).length, MAX_QUERY_CHARS);
    assert.equal(emoji.q, "🌊".repeat(MAX_QUERY_CHARS));
    assert.equal(readSearchParams({ q: "y".repeat(MAX_QUERY_CHARS) }).truncated, false);
  });

  it("splits marked text on the sentinels only, dropping strays", () => {
    assert.deepEqual(parseMarked(`a <i>${MARK_START}b${MARK_END}</i> c`), [
      { text: "a <i>", mark: false },
      { text: "b", mark: true },
      { text: "</i> c", mark: false },
    ]);
    assert.deepEqual(parseMarked(`x${MARK_END}y`), [
      { text: "x", mark: false },
      { text: "y", mark: false },
    ]);
    assert.deepEqual(parseMarked(""), []);
  });

  it("strips sentinel characters from story text, so a story cannot fake a highlight", async () => {
    await story({
      slug: "sneaky",
      headline: `Sneaky <img src=x onerror=alert(1)> ${MARK_START}fake${MARK_END} pelican`,
      body: "Mentions the word pelican once.",
    });
    const [hit] = (await searchStories("pelican", 1, "en")).hits;
    // The headline keeps its literal tag text, as text; only the real match is marked.
    assert.equal(plain(hit!.headline), "Sneaky <img src=x onerror=alert(1)> fake pelican");
    assert.deepEqual(hit!.headline, [
      { text: "Sneaky <img src=x onerror=alert(1)> fake ", mark: false },
      { text: "pelican", mark: true },
    ]);
  });

  it("past MAX_CANDIDATES matches, ranks the newest ones and says there are more", async () => {
    // 1,005 matching stories, newest first by minute; the best-ranked text is the oldest one.
    await t.db.execute(sql`
      insert into stories (section_id, created_by_id, slug, headline, body_text, status, published_at)
      select ${sectionId}, ${userId}, 'lantern-' || g, 'Lantern market note ' || g, 'A note about the lantern market.', 'published', now() - interval '100 days' - (g || ' minutes')::interval
      from generate_series(1, ${MAX_CANDIDATES + 4}) g`);
    await story({
      slug: "lantern-oldest",
      headline: "Lantern lantern lantern: the lantern fair",
      body: "Lantern makers, lantern buyers, lantern lantern.",
      publishedAt: ago(24 * 400),
    });
    const result = await searchStories("lantern", 1, "en");
    assert.equal(result.more, true);
    assert.equal(result.total, MAX_CANDIDATES);
    assert.equal(result.pageCount, MAX_CANDIDATES / SEARCH_PAGE_SIZE);
    assert.equal(result.hits.length, SEARCH_PAGE_SIZE);
    assert.ok(!slugs(result.hits).includes("lantern-oldest"), "the oldest story is outside the newest 1,000");
    // Only the newest 1,000 are candidates: lantern-1 … lantern-1000; the last page ends there.
    const last = await searchStories("lantern", MAX_CANDIDATES / SEARCH_PAGE_SIZE, "en");
    assert.equal(last.hits.length, SEARCH_PAGE_SIZE);
    const all = new Set(slugs(last.hits));
    for (const slug of all) assert.ok(Number(slug.replace("lantern-", "")) <= MAX_CANDIDATES, slug);

    // A rarer word is ranked over all its matches, old ones included.
    const rare = await searchStories("fair", 1, "en");
    assert.equal(rare.more, false);
    assert.deepEqual(slugs(rare.hits), ["lantern-oldest"]);
  });
});

describe("reader search in Bangla", () => {
  // The story is stored with য় as one code point (U+09DF), as many Bijoy-to-Unicode converters write it.
  const DHAKAY_PRECOMPOSED = "\u09A2\u09BE\u0995\u09BE\u09DF";
  const DHAKAY_DECOMPOSED = "\u09A2\u09BE\u0995\u09BE\u09AF\u09BC";
  before(async () => {
    await story({
      slug: "metrorail-fare",
      headline: `${DHAKAY_PRECOMPOSED} মেট্রোরেলের ভাড়া কমছে না`,
      standfirst: "উত্তরা থেকে মতিঝিল পর্যন্ত যাত্রীদের খরচ আগের মতোই থাকবে",
      body: "মেট্রোরেলের নতুন সময়সূচি আগামী সপ্তাহ থেকে চালু হবে। স্টেশনগুলোতে ভিড় কমাতে কর্তৃপক্ষ নতুন ফটক খুলছে।",
    });
    await story({
      slug: "river-ferry-bn",
      headline: "সদরঘাটে লঞ্চের সময়সূচি বদল",
      body: "বুড়িগঙ্গা নদীতে লঞ্চ চলাচলের নতুন নিয়ম।",
    });
  });

  it("finds a story by an uninflected form of an inflected word, and highlights the word", async () => {
    const result = await searchStories("মেট্রোরেল", 1, "en");
    assert.deepEqual(slugs(result.hits), ["metrorail-fare"]);
    const marked = result.hits[0]!.headline.filter((p) => p.mark).map((p) => p.text);
    assert.deepEqual(marked, ["মেট্রোরেলের"]);
  });

  it("finds it whichever way য় was typed, in the query or in the story", async () => {
    for (const q of [DHAKAY_DECOMPOSED, DHAKAY_PRECOMPOSED, "ঢাকার"]) {
      assert.deepEqual(slugs((await searchStories(q, 1, "en")).hits), ["metrorail-fare"], q);
    }
  });

  it("needs every word, excludes -words, and leaves English search as it was", async () => {
    assert.deepEqual(slugs((await searchStories("মেট্রোরেল সময়সূচি", 1, "en")).hits), ["metrorail-fare"]);
    assert.deepEqual(slugs((await searchStories("সময়সূচি -মেট্রোরেল", 1, "en")).hits), ["river-ferry-bn"]);
    assert.equal((await searchStories("মেট্রোরেল লঞ্চ", 1, "en")).total, 0);
    assert.equal((await searchStories("' & ! :* ।", 1, "en")).total, 0);
    // English keeps its stemmer: "flooded" still finds "flooding" stories as before.
    assert.ok((await searchStories("kingfishers", 1, "en")).total >= 1);
  });
});
