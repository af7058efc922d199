// Translation pairs against real PostgreSQL: one link serves both stories, each story is in one
// pair at most, only across editions, only by someone who may edit the stories, and audited.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, eq } from "drizzle-orm";
import { getCounterpart } from "@/db/queries/article";
import { auditLog, sections, stories, storyTranslations, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { linkTranslation } from "@/lib/stories/translations";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
let editor: { id: string; role: "editor" };
let reporter: { id: string; role: "reporter" };
const id: Record<string, string> = {};

const refused = (kind: AppError["kind"]) => (e: unknown) => e instanceof AppError && e.kind === kind;

before(async () => {
  t = await freshDatabase();
  const [e, r] = await t.db
    .insert(users)
    .values([
      { email: "e@example.com", name: "Editor", role: "editor", passwordHash: "x" },
      { email: "r@example.com", name: "Reporter", role: "reporter", passwordHash: "x" },
    ])
    .returning();
  editor = { id: e!.id, role: "editor" };
  reporter = { id: r!.id, role: "reporter" };
  const [city, nagar] = await t.db
    .insert(sections)
    .values([
      { slug: "city", name: "City", edition: "en" },
      { slug: "নগর", name: "নগর", edition: "bn" },
    ])
    .returning();
  const add = async (key: string, sectionId: string | null, status: "draft" | "published", by = editor.id) => {
    const [row] = await t.db
      .insert(stories)
      .values({
        slug: key,
        headline: key,
        sectionId,
        createdById: by,
        status,
        publishedAt: status === "published" ? new Date(Date.now() - 60_000) : null,
      })
      .returning({ id: stories.id });
    id[key] = row!.id;
  };
  await add("en-live", city!.id, "published");
  await add("bn-live", nagar!.id, "published");
  await add("bn-draft", nagar!.id, "draft");
  await add("en-other", city!.id, "published");
  await add("no-section", null, "draft");
  await add("reporters-bn", nagar!.id, "draft", reporter.id);
});

after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("translation pairs", () => {
  it("one link pairs both stories, each seeing the other, and is audited", async () => {
    await linkTranslation(t.db, editor, { storyId: id["bn-live"], originalId: id["en-live"] }, { ip: "203.0.113.9" });
    const fromBangla = await getCounterpart(id["bn-live"]!);
    const fromEnglish = await getCounterpart(id["en-live"]!);
    assert.equal(fromBangla?.id, id["en-live"]);
    assert.equal(fromBangla?.role, "original");
    assert.deepEqual(fromBangla?.live, { edition: "en", sectionSlug: "city", slug: "en-live", language: "en" });
    assert.equal(fromEnglish?.id, id["bn-live"]);
    assert.equal(fromEnglish?.role, "translation");
    assert.deepEqual(fromEnglish?.live, { edition: "bn", sectionSlug: "নগর", slug: "bn-live", language: "bn" });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "story.translation_linked"), eq(auditLog.targetId, id["bn-live"]!)));
    assert.equal(entry?.actorId, editor.id);
    assert.equal((entry?.details as { originalId: string }).originalId, id["en-live"]);
  });

  it("an unpublished counterpart is no link, but the pair stays", async () => {
    await t.db.update(stories).set({ status: "unpublished" }).where(eq(stories.id, id["bn-live"]!));
    const fromEnglish = await getCounterpart(id["en-live"]!);
    assert.equal(fromEnglish?.id, id["bn-live"], "the page still carries the counterpart's tag");
    assert.equal(fromEnglish?.live, null);
    await t.db.update(stories).set({ status: "published" }).where(eq(stories.id, id["bn-live"]!));
    assert.ok((await getCounterpart(id["en-live"]!))?.live);
  });

  it("refuses a pair within one edition, a story without a section, and a story as its own translation", async () => {
    await assert.rejects(
      linkTranslation(t.db, editor, { storyId: id["en-other"], originalId: id["en-live"] }),
      refused("validation"),
    );
    await assert.rejects(
      linkTranslation(t.db, editor, { storyId: id["no-section"], originalId: id["bn-draft"] }),
      refused("validation"),
    );
    await assert.rejects(
      linkTranslation(t.db, editor, { storyId: id["bn-draft"], originalId: id["bn-draft"] }),
      refused("validation"),
    );
  });

  it("a reporter may pair only stories they may edit", async () => {
    // Their own draft, but the English story is live: only editors change a live story's page.
    await assert.rejects(
      linkTranslation(t.db, reporter, { storyId: id["reporters-bn"], originalId: id["en-other"] }),
      refused("forbidden"),
    );
    await assert.rejects(
      linkTranslation(t.db, reporter, { storyId: id["bn-draft"], originalId: null }),
      refused("forbidden"),
    );
    assert.equal(await getCounterpart(id["reporters-bn"]!), null);
  });

  it("re-linking moves the story to its new pair, and unlinking removes it for both", async () => {
    await linkTranslation(t.db, editor, { storyId: id["bn-draft"], originalId: id["en-live"] });
    // en-live was paired with bn-live: that pair went, since a story is in one pair at most.
    assert.equal(await getCounterpart(id["bn-live"]!), null);
    assert.equal((await getCounterpart(id["en-live"]!))?.id, id["bn-draft"]);
    await linkTranslation(t.db, editor, { storyId: id["en-live"], originalId: null });
    assert.equal(await getCounterpart(id["bn-draft"]!), null);
    assert.equal((await t.db.select().from(storyTranslations)).length, 0);
  });
});
