// A save (or a restore) on a taken-down story can move the address that answers 410. The write
// declares that change itself, so the gone set reloads on every server, not only when a route
// remembered to call markGoneChanged() in the one process it ran in.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { goneAddresses } from "@/db/queries/gone";
import { currentSnapshot } from "@/db/queries/snapshots";
import { sections, stories, storyRevisions } from "@/db/schema";
import { goneChecker } from "@/lib/gone-addresses";
import { restoreRevision } from "@/lib/stories/restore";
import { createStory, saveStory } from "@/lib/stories/store";
import { transition } from "@/lib/stories/transition";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
let editor: { id: string; role: "editor"; name: string };
let sectionId: string;

const version = async (id: string) =>
  (await t.db.select({ v: stories.version }).from(stories).where(eq(stories.id, id)))[0]!.v;

async function save(id: string, slug: string) {
  const [row] = await t.db.select().from(stories).where(eq(stories.id, id));
  const fields = {
    ...(await currentSnapshot(t.db, row!)),
    headline: "Gulistan flyover closes for repairs",
    sectionId,
    slug,
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Traffic diverted." }] }] },
  };
  return saveStory(t.db, editor, id, { version: await version(id), kind: "save", fields });
}

before(async () => {
  t = await freshDatabase();
  const e = await createUser(
    t.db,
    { email: "e@example.com", name: "Enam", role: "editor", password: "long enough password" },
    { actorId: null, via: "cli" },
  );
  editor = { id: e.id, role: "editor", name: e.name };
  const [s] = await t.db.insert(sections).values({ slug: "city", name: "City" }).returning();
  sectionId = s!.id;
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("the gone set after a save", () => {
  it("moves with a taken-down story's address on save and on restore, without waiting for the 30 s refresh", async () => {
    const { id } = await createStory(t.db, editor);
    await save(id, "flyover-closes");
    await transition(t.db, editor, id, { action: "submit", version: await version(id) });
    await transition(t.db, editor, id, { action: "publish", version: await version(id) });
    await transition(t.db, editor, id, { action: "unpublish", version: await version(id) });

    const isGone = goneChecker(() => goneAddresses(t.db));
    assert.equal(await isGone("city", "flyover-closes"), true);
    await save(id, "gulistan-flyover-closes");
    assert.equal(await isGone("city", "gulistan-flyover-closes"), true, "the new address answers 410 at once");
    assert.equal(await isGone("city", "flyover-closes"), false);

    const revisions = await t.db
      .select({ id: storyRevisions.id, snapshot: storyRevisions.snapshot })
      .from(storyRevisions)
      .where(eq(storyRevisions.storyId, id));
    const old = revisions.filter((r) => r.snapshot.slug === "flyover-closes").at(-1)!;
    await restoreRevision(t.db, editor, id, old.id);
    assert.equal(await isGone("city", "flyover-closes"), true, "restoring the old text moves it back");
  });

  it("Republish puts a taken-down story back in one step: live, no longer gone, first publish time kept (issue 19)", async () => {
    const { id } = await createStory(t.db, editor);
    await save(id, "flyover-reopens");
    await transition(t.db, editor, id, { action: "submit", version: await version(id) });
    await transition(t.db, editor, id, { action: "publish", version: await version(id) });
    const [first] = await t.db.select().from(stories).where(eq(stories.id, id));
    await transition(t.db, editor, id, { action: "unpublish", version: await version(id) });
    const isGone = goneChecker(() => goneAddresses(t.db));
    assert.equal(await isGone("city", "flyover-reopens"), true);

    const r = await transition(t.db, editor, id, { action: "republish", version: await version(id) });
    assert.equal(r.status, "published");
    const [row] = await t.db.select().from(stories).where(eq(stories.id, id));
    assert.equal(row!.firstPublishedAt?.getTime(), first!.firstPublishedAt?.getTime());
    assert.ok(row!.contentUpdatedAt, "readers see it as updated");
    assert.equal(await isGone("city", "flyover-reopens"), false, "the address serves the story again");
  });
});
