// The pre-publish checklist at Publish, against real PostgreSQL: a block stops the story for
// everyone and leaves it as it was; a warning does not; the legal read is an editor's to record.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { sections, stories } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { DEFAULT_CHECKLIST } from "@/lib/stories/checklist";
import { saveChecklistConfig, setLegalRead } from "@/lib/stories/checklist-store";
import { createStory, saveStory } from "@/lib/stories/store";
import { transition } from "@/lib/stories/transition";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
type Person = { id: string; role: "reporter" | "editor"; name: string };
let reporter: Person, editor: Person;
let sectionId: string;
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const refused = (kind: AppError["kind"]) => (e: unknown) => e instanceof AppError && e.kind === kind;

async function row(id: string) {
  const [r] = await t.db.select().from(stories).where(eq(stories.id, id));
  return r!;
}

async function inReview(headline: string): Promise<string> {
  const { currentSnapshot } = await import("@/db/queries/snapshots");
  const { id } = await createStory(t.db, reporter);
  await saveStory(t.db, reporter, id, {
    version: (await row(id)).version,
    kind: "save",
    fields: {
      ...(await currentSnapshot(t.db, await row(id))),
      headline,
      sectionId,
      slug: `c-${Math.random().toString(36).slice(2)}`,
      body: doc("Text."),
    },
  });
  await transition(t.db, reporter, id, { action: "submit", version: (await row(id)).version });
  return id;
}

const publish = async (id: string) =>
  transition(t.db, editor, id, { action: "publish", version: (await row(id)).version });

before(async () => {
  t = await freshDatabase();
  const make = async (email: string, name: string, role: Person["role"]) => {
    const u = await createUser(
      t.db,
      { email, name, role, password: "long enough password" },
      { actorId: null, via: "cli" },
    );
    return { id: u.id, role, name: u.name };
  };
  reporter = await make("rumana@example.com", "Rumana Reporter", "reporter");
  editor = await make("emdad@example.com", "Emdad Editor", "editor");
  const [s] = await t.db.insert(sections).values({ slug: "city", name: "City" }).returning();
  sectionId = s!.id;
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("the checklist at Publish", () => {
  it("publishes past warnings (the default: no photo, no standfirst)", async () => {
    const id = await inReview("Warnings only");
    await publish(id);
    assert.equal((await row(id)).status, "published");
  });

  it("stops a story flagged for legal until an editor records the read", async () => {
    const id = await inReview("Court case coverage");
    await setLegalRead(t.db, reporter, id, "flagged");
    await assert.rejects(
      publish(id),
      (e) => refused("validation")(e) && /Flagged for legal; not read yet/.test((e as Error).message),
    );
    assert.equal((await row(id)).status, "in_review", "nothing changed");
    await assert.rejects(setLegalRead(t.db, reporter, id, "cleared"), refused("forbidden"));
    await setLegalRead(t.db, editor, id, "cleared");
    await publish(id);
    assert.equal((await row(id)).status, "published");
  });

  it("blocks on whatever the desk sets to block", async () => {
    await saveChecklistConfig(t.db, editor, {
      ...DEFAULT_CHECKLIST,
      modes: { ...DEFAULT_CHECKLIST.modes, photo: "block", headlineLength: "block" },
      headlineMax: 20,
    });
    const id = await inReview("A headline that is far too long for the desk");
    await assert.rejects(publish(id), (e) => {
      const err = e as AppError;
      return (
        refused("validation")(e) &&
        /No featured photo/.test(err.message) &&
        /of at most 20 characters/.test(err.message)
      );
    });
    assert.equal((await row(id)).status, "in_review");
    await saveChecklistConfig(t.db, editor, DEFAULT_CHECKLIST);
    await publish(id);
    assert.equal((await row(id)).status, "published");
  });
});
