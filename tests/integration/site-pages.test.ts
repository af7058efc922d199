// The footer's pages (lib/site-pages.ts, lib/save-site-page.ts): admins write them, nobody else can, bad input changes
// nothing, every save is audited. And the article's related list (issue 11): at most four, and
// it says when it is only the section's newest rather than stories on the same topic.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { relatedStories, RELATED_LIMIT } from "@/db/queries/article";
import { getSitePage, listSitePages } from "@/db/queries/site-pages";
import { auditLog, sections, sitePages, stories, storyTopics, topics, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { saveSitePage } from "@/lib/save-site-page";
import { paragraphs, sitePageDef, SITE_PAGE_LIMITS } from "@/lib/site-pages";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
let admin: Actor;
let editor: Actor;

before(async () => {
  t = await freshDatabase();
  const [a, e] = await t.db
    .insert(users)
    .values([
      { email: "a@example.com", name: "Afsana Admin", role: "admin", passwordHash: "x" },
      { email: "e@example.com", name: "Emdad Editor", role: "editor", passwordHash: "x" },
    ])
    .returning();
  admin = { id: a!.id, role: "admin" };
  editor = { id: e!.id, role: "editor" };
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

const rows = () => t.db.select().from(sitePages);
const audits = () => t.db.select().from(auditLog).where(eq(auditLog.action, "page.updated"));

function rejectsWith(kind: AppError["kind"], field?: string) {
  return (e: unknown) => {
    assert.ok(e instanceof AppError, `expected an AppError, got ${String(e)}`);
    assert.equal(e.kind, kind);
    if (field) assert.ok(e.fieldErrors?.[field], `a message for ${field}: ${JSON.stringify(e.fieldErrors)}`);
    return true;
  };
}

describe("the newsroom's pages", () => {
  it("read as their default title and no text before anyone writes them", async () => {
    const pages = await listSitePages();
    assert.deepEqual(
      pages.map((p) => p.path),
      ["/about", "/about/contact", "/about/standards", "/about/corrections", "/about/privacy"],
    );
    assert.ok(pages.every((p) => p.body === "" && p.updatedAt === null));
  });

  it("an admin writes one: saved as plain text, Windows line ends made plain, audited with what changed", async () => {
    const saved = await saveSitePage(t.db, admin, {
      slug: "corrections",
      title: "  How we correct mistakes ",
      body: "We correct errors on the story.\r\n\r\nWrite to corrections@example.com.\r\nWe reply in two days.\r\n",
    });
    assert.deepEqual(saved, { slug: "corrections", path: "/about/corrections" });
    const page = await getSitePage(sitePageDef("corrections")!);
    assert.equal(page.title, "How we correct mistakes");
    assert.equal(
      page.body,
      "We correct errors on the story.\n\nWrite to corrections@example.com.\nWe reply in two days.",
    );
    assert.deepEqual(paragraphs(page.body), [
      ["We correct errors on the story."],
      ["Write to corrections@example.com.", "We reply in two days."],
    ]);
    const [entry] = await audits();
    assert.equal(entry!.actorId, admin.id);
    assert.equal(entry!.targetId, "corrections");
    assert.deepEqual((entry!.details as { changed: string[] }).changed, ["title", "body"]);

    // A second save updates the same row and records only what changed.
    await saveSitePage(t.db, admin, { slug: "corrections", title: "How we correct mistakes", body: "Shorter." });
    assert.equal((await rows()).length, 1);
    assert.deepEqual(((await audits())[1]!.details as { changed: string[] }).changed, ["body"]);
  });

  it("an editor cannot, and nothing is written or audited", async () => {
    const before = { rows: await rows(), audits: (await audits()).length };
    await assert.rejects(
      saveSitePage(t.db, editor, { slug: "about", title: "Taken over", body: "Not by an editor." }),
      rejectsWith("forbidden"),
    );
    assert.deepEqual(await rows(), before.rows);
    assert.equal((await audits()).length, before.audits);
  });

  it("refuses an empty title, an unknown page and an over-long text with a message each, changing nothing", async () => {
    const before = { rows: await rows(), audits: (await audits()).length };
    await assert.rejects(
      saveSitePage(t.db, admin, { slug: "about", title: "   ", body: "Text." }),
      rejectsWith("validation", "title"),
    );
    await assert.rejects(
      saveSitePage(t.db, admin, { slug: "careers", title: "Jobs", body: "Text." }),
      (e: unknown) => rejectsWith("validation", "slug")(e) && /no such page/.test((e as Error).message),
    );
    await assert.rejects(
      saveSitePage(t.db, admin, { slug: "about", title: "About", body: "x".repeat(SITE_PAGE_LIMITS.body + 1) }),
      rejectsWith("validation", "body"),
    );
    assert.deepEqual(await rows(), before.rows);
    assert.equal((await audits()).length, before.audits);
  });
});

describe("related stories under an article", () => {
  it("are at most four, shared topics first, and say when they only fall back to the section", async () => {
    const [city, sport] = await t.db
      .insert(sections)
      .values([
        { slug: "city", name: "City" },
        { slug: "sport", name: "Sport" },
      ])
      .returning();
    const [flood, lonely] = await t.db
      .insert(topics)
      .values([
        { slug: "flood", name: "Flood" },
        { slug: "lonely", name: "Lonely" },
      ])
      .returning();
    const hour = 3_600_000;
    const made = await t.db
      .insert(stories)
      .values(
        Array.from({ length: 8 }, (_, i) => ({
          slug: `s-${i}`,
          headline: `Story ${i}`,
          sectionId: i < 6 ? city!.id : sport!.id,
          createdById: editor.id,
          status: "published" as const,
          publishedAt: new Date(Date.now() - (i + 1) * hour),
        })),
      )
      .returning({ id: stories.id, slug: stories.slug });
    const id = (slug: string) => made.find((m) => m.slug === slug)!.id;
    // s-0 and the two Sport stories share "flood"; s-5 has a topic nobody else has.
    await t.db.insert(storyTopics).values([
      { storyId: id("s-0"), topicId: flood!.id },
      { storyId: id("s-6"), topicId: flood!.id },
      { storyId: id("s-7"), topicId: flood!.id },
      { storyId: id("s-5"), topicId: lonely!.id },
    ]);

    const onTopic = await relatedStories({ id: id("s-0"), edition: "en", sectionSlug: "city" });
    assert.equal(onTopic.onTopic, true);
    assert.equal(RELATED_LIMIT, 4);
    assert.equal(onTopic.stories.length, 4);
    // The two on the same topic first (from another section), then the section's newest.
    assert.deepEqual(
      onTopic.stories.map((s) => s.slug),
      ["s-6", "s-7", "s-1", "s-2"],
    );

    const fallback = await relatedStories({ id: id("s-5"), edition: "en", sectionSlug: "city" });
    assert.equal(fallback.onTopic, false);
    assert.deepEqual(
      fallback.stories.map((s) => s.slug),
      ["s-0", "s-1", "s-2", "s-3"],
    );
  });
});
