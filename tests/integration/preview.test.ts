// Preview (issue 12, capability 1): a live story's pending text as the article page would show
// it, read without writing anything; and only for those who may open the story.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { count, eq } from "drizzle-orm";
import { auditLog, sections, stories, storyRevisions } from "@/db/schema";
import { currentSnapshot } from "@/db/queries/snapshots";
import { storyPreview } from "@/lib/stories/preview";
import { createStory, saveStory } from "@/lib/stories/store";
import { transition } from "@/lib/stories/transition";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
let reporter: { id: string; role: "reporter"; name: string };
let editor: { id: string; role: "editor"; name: string };
let city: string;

const doc = (...paras: string[]) => ({
  type: "doc",
  content: paras.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

async function row(id: string) {
  const [r] = await t.db.select().from(stories).where(eq(stories.id, id));
  return r!;
}

async function tableCounts() {
  const [a] = await t.db.select({ n: count() }).from(auditLog);
  const [r] = await t.db.select({ n: count() }).from(storyRevisions);
  return { audit: a!.n, revisions: r!.n };
}

before(async () => {
  t = await freshDatabase();
  const ctx = { actorId: null, via: "cli" as const };
  const r = await createUser(
    t.db,
    { email: "r@example.com", name: "Rehana Reporter", role: "reporter", password: "long enough password" },
    ctx,
  );
  const e = await createUser(
    t.db,
    { email: "e@example.com", name: "Enam Editor", role: "editor", password: "long enough password" },
    ctx,
  );
  reporter = { id: r.id, role: "reporter", name: r.name };
  editor = { id: e.id, role: "editor", name: e.name };
  const [s] = await t.db.insert(sections).values({ slug: "city", name: "City" }).returning();
  city = s!.id;
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("story preview", () => {
  it("shows a live story's pending text and share fields, and writes nothing", async () => {
    const { id } = await createStory(t.db, editor);
    const base = await currentSnapshot(t.db, await row(id));
    await saveStory(t.db, editor, id, {
      version: (await row(id)).version,
      kind: "save",
      fields: {
        ...base,
        headline: "Bus fares rise on Monday",
        standfirst: "Operators and the authority agreed overnight.",
        sectionId: city,
        slug: "bus-fares-rise",
        body: doc("Fares go up by a tenth."),
      },
    });
    await transition(t.db, editor, id, { action: "submit", version: (await row(id)).version });
    await transition(t.db, editor, id, { action: "publish", version: (await row(id)).version });
    const live = await row(id);
    await saveStory(t.db, editor, id, {
      version: live.version,
      kind: "autosave",
      fields: {
        ...(await currentSnapshot(t.db, live)),
        body: doc("Fares go up by a tenth.", "Students keep their half fare."),
        socialHeadline: "What Monday's bus fares mean for you",
        socialDescription: "Students keep half fare.",
      },
    });
    const counts = await tableCounts();
    const stored = await row(id);

    const preview = await storyPreview(t.db, editor, id);
    assert.ok(preview);
    assert.equal(preview.pending, true);
    assert.match(preview.article.bodyHtml, /Students keep their half fare\./);
    assert.equal(preview.article.socialHeadline, "What Monday's bus fares mean for you");
    assert.equal(preview.article.sectionSlug, "city");
    assert.deepEqual(
      preview.article.bylines.map((b) => b.name),
      ["Enam Editor"],
    );
    assert.ok(preview.article.contentUpdatedAt, "a live story's preview reads as updated");
    assert.deepEqual(preview.problems, {});

    // Nothing changed: the live row, its version, the revisions and the log.
    assert.deepEqual(await tableCounts(), counts);
    const unchanged = await row(id);
    assert.equal(unchanged.version, stored.version);
    assert.doesNotMatch(unchanged.bodyHtml, /Students keep/);
    assert.equal(unchanged.socialHeadline, "");
  });

  it("is refused to whoever may not open the story", async () => {
    const { id } = await createStory(t.db, editor);
    assert.equal(await storyPreview(t.db, reporter, id), null, "another's draft");
    const own = await createStory(t.db, reporter);
    const preview = await storyPreview(t.db, reporter, own.id);
    assert.ok(preview, "their own draft");
    assert.equal(preview.pending, false);
    assert.ok(preview.problems.sectionId, "says what stops it from publishing");
  });
});
