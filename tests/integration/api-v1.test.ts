// The public content API's query layer against real PostgreSQL: only stories that are public now,
// keyset pages that hold every story exactly once (even when many share a publish instant down to
// the microsecond), filters, and DTOs that carry nothing internal.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq, sql } from "drizzle-orm";
import {
  authors,
  sections,
  stories,
  storyAuthors,
  storyCorrections,
  storyTopics,
  topics,
  users,
  type StoryStatus,
} from "@/db/schema";
import { getArticle, listArticles, listAuthors, listSections, listTopics } from "@/db/queries/api";
import { AppError } from "@/lib/errors";
import {
  BadRequestError,
  decodeCursor,
  encodeCursor,
  parseArticleListParams,
  type ArticleListParams,
  type ArticleSummary,
} from "@/lib/api-v1";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

const ORIGIN = "https://news.example.com";
process.env.DATELINE_PUBLIC_URL = `${ORIGIN}/`;

const ISO_DHAKA = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+06:00$/;
const FORBIDDEN_KEYS = [
  "password_hash",
  "passwordHash",
  "email",
  "role",
  "user_id",
  "userId",
  "created_by_id",
  "createdById",
  "body_json",
  "bodyJson",
  "body_text",
  "bodyText",
  "version",
  "status",
  "scheduled_for",
  "scheduledFor",
  "published_late",
  "publishedLate",
  "section_id",
  "sectionId",
  "author_id",
  "authorId",
  "sessions_revoked_at",
];
const USER_EMAIL = "nusrat.private@example.com";

let t: TestDb;
let userId: string;
const ids = { section: new Map<string, string>(), topic: new Map<string, string>(), author: new Map<string, string>() };

type Input = {
  slug: string;
  at: string;
  section?: string;
  status?: StoryStatus;
  authors?: string[];
  topics?: string[];
  updatedAt?: string;
};
type Seeded = { id: string; slug: string; at: string; section: string };

/** Inserts a story whose publish time is the exact UTC instant `at` (microseconds kept). */
async function addStory(s: Input): Promise<Seeded> {
  const section = s.section ?? "city";
  const [row] = await t.db
    .insert(stories)
    .values({
      sectionId: ids.section.get(section)!,
      slug: s.slug,
      headline: `Headline of ${s.slug}`,
      standfirst: `Standfirst of ${s.slug}.`,
      bodyHtml: `<p>Body of ${s.slug}.</p>`,
      bodyText: `Body of ${s.slug}.`,
      bodyJson: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: `Body of ${s.slug}.` }] }],
      },
      status: s.status ?? "published",
      createdById: userId,
      publishedAt: sql`${s.at}::timestamptz`,
      contentUpdatedAt: s.updatedAt ? sql`${s.updatedAt}::timestamptz` : null,
      scheduledFor: s.status === "scheduled" ? sql`${s.at}::timestamptz` : null,
    })
    .returning({ id: stories.id });
  const id = row!.id;
  for (const [position, a] of (s.authors ?? ["nusrat"]).entries())
    await t.db.insert(storyAuthors).values({ storyId: id, authorId: ids.author.get(a)!, position });
  for (const topic of s.topics ?? [])
    await t.db.insert(storyTopics).values({ storyId: id, topicId: ids.topic.get(topic)! });
  return { id, slug: s.slug, at: s.at, section };
}

/** Newest first, ties broken by id descending: the order the API promises. */
const expectedOrder = (list: Seeded[]) =>
  [...list].sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1)).map((s) => s.id);

const params = (p: Partial<ArticleListParams> = {}): ArticleListParams => ({ limit: 20, cursor: null, ...p });

/** Follows next_cursor to the end, checking every page is full but the last. */
async function allPages(p: Partial<ArticleListParams>): Promise<{ items: ArticleSummary[]; pages: number }> {
  const items: ArticleSummary[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await listArticles(params({ ...p, cursor: cursor === null ? null : decodeCursor(cursor) }));
    pages++;
    if (page.next_cursor !== null) assert.equal(page.data.length, p.limit, "a page with a next cursor is full");
    items.push(...page.data);
    cursor = page.next_cursor;
    assert.ok(pages < 100, "pagination ends");
  } while (cursor !== null);
  return { items, pages };
}

/** Every key at any depth, so a nested row or account field cannot hide. */
function keysDeep(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysDeep(v, into);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysDeep(v, into);
    }
  }
  return into;
}

function assertClean(payload: unknown, what: string): void {
  const keys = keysDeep(payload);
  for (const k of FORBIDDEN_KEYS) assert.ok(!keys.has(k), `${what} has no "${k}" key`);
  const text = JSON.stringify(payload);
  assert.ok(!text.includes(USER_EMAIL), `${what} carries no email`);
  assert.ok(!text.includes(userId), `${what} carries no user id`);
  assert.ok(!text.includes('"type":"doc"'), `${what} carries no tiptap JSON`);
}

async function rejectsWith404(p: Promise<unknown>, message: RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => e instanceof AppError && e.kind === "not_found" && message.test(e.message));
}

const visible: Seeded[] = [];
const hidden: Seeded[] = [];
// Nine stories at one instant: pages of 2 and 4 split the tie several times.
const TIE = "2025-07-04T11:13:07.123456Z";

before(async () => {
  t = await freshDatabase();
  const [u] = await t.db
    .insert(users)
    .values({ email: USER_EMAIL, name: "Nusrat", role: "reporter", passwordHash: "$argon2id$secret-hash" })
    .returning();
  userId = u!.id;
  for (const [slug, name, position] of [
    ["city", "City", 0],
    ["sport", "Sport", 1],
    ["culture", "Culture", 2],
  ] as const) {
    const [r] = await t.db
      .insert(sections)
      .values({ slug, name, position, description: `${name} news.` })
      .returning();
    ids.section.set(slug, r!.id);
  }
  for (const [slug, name] of [
    ["waterways", "Rivers & Waterways"],
    ["cricket", "Cricket"],
    ["embargo", "Embargoed budget"],
  ] as const) {
    const [r] = await t.db.insert(topics).values({ slug, name }).returning();
    ids.topic.set(slug, r!.id);
  }
  // Nusrat's byline is tied to her account: nothing of the account may come through.
  for (const [slug, name, user] of [
    ["nusrat", "Nusrat Jahan Rimi", userId],
    ["tanvir", "Tanvir Ahmed", null],
    ["stringer", "Draft-only Stringer", null],
  ] as const) {
    const [r] = await t.db
      .insert(authors)
      .values({ slug, name, bio: `${name} reports for Dateline.`, userId: user })
      .returning();
    ids.author.set(slug, r!.id);
  }

  for (let i = 0; i < 9; i++)
    visible.push(await addStory({ slug: `tie-${i}`, at: TIE, topics: i % 3 === 0 ? ["waterways"] : [] }));
  // One microsecond either side of the tie: a cursor rounded to milliseconds would lose these.
  visible.push(
    await addStory({ slug: "a-microsecond-later", at: "2025-07-04T11:13:07.123457Z", topics: ["waterways"] }),
  );
  visible.push(
    await addStory({ slug: "a-microsecond-earlier", at: "2025-07-04T11:13:07.123455Z", authors: ["tanvir"] }),
  );
  visible.push(
    await addStory({
      slug: "tigers-win",
      at: "2025-07-05T09:00:00.000000Z",
      section: "sport",
      authors: ["tanvir", "nusrat"],
      topics: ["cricket", "waterways"],
      updatedAt: "2025-07-05T10:30:15.000000Z",
    }),
  );
  visible.push(await addStory({ slug: "old-market", at: "2024-01-01T00:00:00.000000Z", section: "sport" }));

  const future = new Date(Date.now() + 86_400_000).toISOString();
  const past = "2025-07-06T00:00:00.000000Z";
  hidden.push(
    await addStory({
      slug: "a-draft",
      at: past,
      status: "draft",
      topics: ["embargo", "waterways"],
      authors: ["stringer"],
    }),
  );
  hidden.push(
    await addStory({ slug: "in-review", at: past, status: "in_review", topics: ["embargo"], authors: ["stringer"] }),
  );
  hidden.push(
    await addStory({ slug: "scheduled", at: future, status: "scheduled", topics: ["embargo"], authors: ["stringer"] }),
  );
  hidden.push(
    await addStory({ slug: "unpublished", at: past, status: "unpublished", section: "sport", topics: ["cricket"] }),
  );
  hidden.push(
    await addStory({
      slug: "embargoed-until-tomorrow",
      at: future,
      section: "sport",
      authors: ["tanvir"],
      topics: ["cricket"],
    }),
  );
  // Ties the visible stories' instant exactly, but is a draft: the tie must not let it in.
  hidden.push(await addStory({ slug: "draft-at-the-tie", at: TIE, status: "draft" }));

  await t.db.insert(storyCorrections).values([
    {
      storyId: visible[11]!.id,
      kind: "correction",
      body: "An earlier version gave the wrong score.",
      authorId: userId,
      createdAt: new Date("2025-07-05T10:30:15Z"),
    },
    {
      storyId: visible[11]!.id,
      kind: "update",
      body: "Added the captain's comments.",
      authorId: userId,
      createdAt: new Date("2025-07-05T11:00:00Z"),
    },
  ]);
});

after(async () => {
  await t?.drop();
  await stopTestServer();
});

describe("GET /api/v1/articles (query layer)", () => {
  it("lists only stories public now, newest first, each once across pages of every size", async () => {
    const order = expectedOrder(visible);
    for (const limit of [1, 2, 4, 13, 100]) {
      const { items, pages } = await allPages({ limit });
      assert.deepEqual(
        items.map((i) => i.id),
        order,
        `limit ${limit}: every published story once, in order`,
      );
      assert.equal(pages, Math.max(1, Math.ceil(order.length / limit)), `limit ${limit}: no empty trailing page`);
    }
    const hiddenIds = new Set(hidden.map((h) => h.id));
    assert.ok(!(await allPages({ limit: 3 })).items.some((i) => hiddenIds.has(i.id)));
  });

  it("a cursor keeps working after the story it points at is taken down", async () => {
    const first = await listArticles(params({ limit: 5 }));
    const last = first.data.at(-1)!;
    const [before] = await t.db.select({ status: stories.status }).from(stories).where(eq(stories.id, last.id));
    await t.db.update(stories).set({ status: "unpublished" }).where(eq(stories.id, last.id));
    try {
      const second = await listArticles(params({ limit: 100, cursor: decodeCursor(first.next_cursor!) }));
      assert.deepEqual(
        second.data.map((i) => i.id),
        expectedOrder(visible).slice(5),
      );
      const fresh = await allPages({ limit: 5 });
      assert.ok(!fresh.items.some((i) => i.id === last.id), "the unpublished story is gone from the list");
      assert.equal(await getArticle(last.id), null);
    } finally {
      await t.db.update(stories).set({ status: before!.status }).where(eq(stories.id, last.id));
    }
  });

  it("summaries carry links, bylines, topics and times in the newsroom's zone", async () => {
    const { data } = await listArticles(params({ limit: 1 }));
    const tigers = data[0]!;
    assert.deepEqual(tigers, {
      id: visible[11]!.id,
      edition: "en",
      language: "en",
      url: `${ORIGIN}/sport/tigers-win`,
      slug: "tigers-win",
      headline: "Headline of tigers-win",
      standfirst: "Standfirst of tigers-win.",
      breaking: false,
      section: { name: "Sport", slug: "sport", url: `${ORIGIN}/sport` },
      bylines: [
        { name: "Tanvir Ahmed", slug: "tanvir", url: `${ORIGIN}/authors/tanvir` },
        { name: "Nusrat Jahan Rimi", slug: "nusrat", url: `${ORIGIN}/authors/nusrat` },
      ],
      topics: [
        { name: "Cricket", slug: "cricket", url: `${ORIGIN}/topics/cricket` },
        { name: "Rivers & Waterways", slug: "waterways", url: `${ORIGIN}/topics/waterways` },
      ],
      published_at: "2025-07-05T15:00:00+06:00",
      updated_at: "2025-07-05T16:30:15+06:00",
    });
    const never = (await allPages({ limit: 100 })).items.find((i) => i.slug === "old-market")!;
    assert.equal(never.updated_at, never.published_at, "never updated: updated_at is the publish time");
  });

  it("filters by section, topic and author, alone and together; unknown slugs are 404s", async () => {
    const slugsOf = async (p: Partial<ArticleListParams>) =>
      (await allPages({ limit: 2, ...p })).items.map((i) => i.slug);
    assert.deepEqual(await slugsOf({ section: "sport" }), ["tigers-win", "old-market"]);
    assert.deepEqual(await slugsOf({ section: "culture" }), []);
    const waterways = await slugsOf({ topic: "waterways" });
    assert.equal(waterways[0], "tigers-win");
    assert.equal(waterways[1], "a-microsecond-later");
    assert.deepEqual(waterways.slice(2).sort(), ["tie-0", "tie-3", "tie-6"]);
    assert.deepEqual(await slugsOf({ author: "tanvir" }), ["tigers-win", "a-microsecond-earlier"]);
    assert.deepEqual(await slugsOf({ author: "tanvir", section: "city" }), ["a-microsecond-earlier"]);
    assert.deepEqual(await slugsOf({ topic: "cricket", author: "nusrat", section: "sport" }), ["tigers-win"]);
    // They exist, but only drafts and scheduled stories use them.
    assert.deepEqual(await slugsOf({ topic: "embargo" }), []);
    assert.deepEqual(await slugsOf({ author: "stringer" }), []);
    await rejectsWith404(listArticles(params({ section: "no-such" })), /section/);
    await rejectsWith404(listArticles(params({ topic: "no-such" })), /topic/);
    await rejectsWith404(listArticles(params({ author: "no-such" })), /author/);
  });
});

describe("GET /api/v1/articles/{id} (query layer)", () => {
  it("returns the whole article with corrections", async () => {
    const article = await getArticle(visible[11]!.id);
    assert.ok(article);
    assert.equal(article.url, `${ORIGIN}/sport/tigers-win`);
    assert.equal(article.body_html, "<p>Body of tigers-win.</p>");
    assert.equal(article.seo_title, "Headline of tigers-win", "no SEO title: the headline");
    assert.equal(article.seo_description, "Standfirst of tigers-win.");
    assert.deepEqual(article.corrections, [
      { kind: "correction", body: "An earlier version gave the wrong score.", created_at: "2025-07-05T16:30:15+06:00" },
      { kind: "update", body: "Added the captain's comments.", created_at: "2025-07-05T17:00:00+06:00" },
    ]);
    assert.match(article.published_at, ISO_DHAKA);
    assert.deepEqual(
      article.bylines.map((b) => b.slug),
      ["tanvir", "nusrat"],
    );
    assertClean(article, "an article");
  });

  it("is null for drafts, stories in review, scheduled, unpublished, future-dated and unknown ids", async () => {
    for (const h of hidden) assert.equal(await getArticle(h.id), null, `${h.slug} is not public`);
    assert.equal(await getArticle("00000000-0000-4000-8000-000000000000"), null);
  });
});

describe("sections, topics and authors", () => {
  it("lists sections in navigation order, and only topics and authors with published stories", async () => {
    const s = await listSections();
    assert.deepEqual(s.data, [
      { name: "City", slug: "city", description: "City news.", edition: "en", url: `${ORIGIN}/city` },
      { name: "Sport", slug: "sport", description: "Sport news.", edition: "en", url: `${ORIGIN}/sport` },
      { name: "Culture", slug: "culture", description: "Culture news.", edition: "en", url: `${ORIGIN}/culture` },
    ]);
    const tp = await listTopics();
    assert.deepEqual(tp.data, [
      { name: "Cricket", slug: "cricket", url: `${ORIGIN}/topics/cricket` },
      { name: "Rivers & Waterways", slug: "waterways", url: `${ORIGIN}/topics/waterways` },
    ]);
    const a = await listAuthors();
    assert.deepEqual(a.data, [
      {
        name: "Nusrat Jahan Rimi",
        slug: "nusrat",
        bio: "Nusrat Jahan Rimi reports for Dateline.",
        url: `${ORIGIN}/authors/nusrat`,
      },
      {
        name: "Tanvir Ahmed",
        slug: "tanvir",
        bio: "Tanvir Ahmed reports for Dateline.",
        url: `${ORIGIN}/authors/tanvir`,
      },
    ]);
  });

  it("no payload carries account data, row internals or the editor's JSON", async () => {
    assertClean(await allPages({ limit: 4 }), "article pages");
    for (const v of visible) assertClean(await getArticle(v.id), `article ${v.slug}`);
    assertClean(await listSections(), "sections");
    assertClean(await listTopics(), "topics");
    assertClean(await listAuthors(), "authors");
  });
});

describe("query parameters and cursors", () => {
  const parse = (q: string) => parseArticleListParams(new URLSearchParams(q));

  it("reads limit, cursor and filters, with a default limit of 20", () => {
    assert.deepEqual(parse(""), {
      limit: 20,
      cursor: null,
      section: undefined,
      topic: undefined,
      author: undefined,
      edition: undefined,
    });
    const cursor = encodeCursor({ publishedAt: TIE, id: visible[0]!.id });
    assert.deepEqual(parse(`limit=100&cursor=${cursor}&section=city&topic=waterways&author=nusrat&edition=bn`), {
      limit: 100,
      cursor: { publishedAt: TIE, id: visible[0]!.id },
      section: "city",
      topic: "waterways",
      author: "nusrat",
      edition: "bn",
    });
    assert.throws(() => parse("edition=fr"), /edition must be one of: en, bn/);
    assert.equal(parse("limit=1").limit, 1);
  });

  it("refuses a bad limit, a bad cursor and an empty filter", () => {
    for (const q of [
      "limit=0",
      "limit=101",
      "limit=-1",
      "limit=1.5",
      "limit=abc",
      "limit=",
      "limit=1e2",
      "limit= 5",
      "section=",
      "topic=%20",
      `author=${"x".repeat(201)}`,
    ]) {
      assert.throws(() => parse(q), BadRequestError, q);
    }
    const b64 = (s: string) => Buffer.from(s).toString("base64url");
    const id = visible[0]!.id;
    for (const cursor of [
      "garbage!",
      "",
      "bm90IGpzb24",
      b64("[]"),
      b64(JSON.stringify(["2025-07-04T11:13:07.123456Z"])),
      b64(JSON.stringify(["2025-07-04T11:13:07Z", id])),
      b64(JSON.stringify(["2025-13-04T11:13:07.123456Z", id])),
      b64(JSON.stringify(["2025-07-04T25:13:07.123456Z", id])),
      b64(JSON.stringify([TIE, "not-a-uuid"])),
      b64(JSON.stringify([TIE, id, "extra"])),
      b64(JSON.stringify({ publishedAt: TIE, id })),
    ]) {
      assert.throws(() => parse(`cursor=${encodeURIComponent(cursor)}`), BadRequestError, cursor);
    }
  });
});
