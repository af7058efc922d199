// Issue 10, item 9: a body nested ~1,500+ levels deep made a save answer 500, and one that was
// stored made the story's history page answer 500 for everyone.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { count, eq } from "drizzle-orm";
import { sections, stories, storyRevisions } from "@/db/schema";
import { AppError, STATUS } from "@/lib/errors";
import { changedFields, tooDeep } from "@/lib/stories/diff";
import { createStory, saveStory } from "@/lib/stories/store";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "../integration/helpers";

let t: TestDb;
let reporter: { id: string; role: "reporter"; name: string };
let sectionId: string;

function deepBody(levels: number): unknown {
  let node: unknown = { type: "paragraph", content: [{ type: "text", text: "Buried." }] };
  for (let i = 0; i < levels; i++) node = { type: "blockquote", content: [node] };
  return { type: "doc", content: [node] };
}

before(async () => {
  t = await freshDatabase();
  const r = await createUser(
    t.db,
    { email: "deep@example.com", name: "Rumana Reporter", role: "reporter", password: "long enough password" },
    { actorId: null, via: "cli" },
  );
  reporter = { id: r.id, role: "reporter", name: r.name };
  const [s] = await t.db.insert(sections).values({ slug: "city", name: "City" }).returning();
  sectionId = s!.id;
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("rich-text nesting depth", () => {
  it("refuses a 2,000-deep body with a 422 naming the problem, and stores nothing", async () => {
    const { id } = await createStory(t.db, reporter);
    const [before] = await t.db.select().from(stories).where(eq(stories.id, id));
    const revisions = async () =>
      (await t.db.select({ n: count() }).from(storyRevisions).where(eq(storyRevisions.storyId, id)))[0]!.n;
    const revisionsBefore = await revisions();
    await assert.rejects(
      saveStory(t.db, reporter, id, {
        version: before!.version,
        kind: "save",
        fields: {
          headline: "Deep",
          standfirst: "",
          slug: "deep",
          sectionId,
          topicIds: [],
          authorIds: [],
          body: deepBody(2_000),
        },
      }),
      (e: unknown) => {
        assert.ok(e instanceof AppError, `expected a refusal, got ${String(e)}`);
        assert.equal(STATUS[e.kind], 422);
        assert.match(e.message, /nested more than 50 levels deep/);
        return true;
      },
    );
    const [afterRow] = await t.db.select().from(stories).where(eq(stories.id, id));
    assert.deepEqual(afterRow, before, "the story row is unchanged");
    assert.equal(await revisions(), revisionsBefore, "no revision was written");
  });

  it("compares a deep revision already stored without overflowing the stack", async () => {
    const { id } = await createStory(t.db, reporter);
    // As if saved before the cap existed: straight into the table.
    const [rev] = await t.db
      .select()
      .from(storyRevisions)
      .where(eq(storyRevisions.storyId, id))
      .orderBy(storyRevisions.id)
      .limit(1);
    const deep = { ...rev!.snapshot, body: deepBody(2_000) };
    const [stored] = await t.db
      .insert(storyRevisions)
      .values({ storyId: id, snapshot: deep, savedById: reporter.id, kind: "save" })
      .returning();
    // What the history page does with the two revisions it compares.
    assert.deepEqual(changedFields(rev!.snapshot, stored!.snapshot), ["Body"]);
    assert.equal(tooDeep(rev!.snapshot, stored!.snapshot), true);
  });
});
