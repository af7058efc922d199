// Issue 19, item 12: notifications kept a story's headline and the note's words after the
// reader's access ended (a section editor who lost a section still read them in the inbox).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { CLOSED_STORY, listInbox } from "@/db/queries/notifications";
import { currentSnapshot } from "@/db/queries/snapshots";
import { sections, stories } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { addNote } from "@/lib/stories/notes";
import { createStory, saveStory } from "@/lib/stories/store";
import { transition } from "@/lib/stories/transition";
import { setUserSections } from "@/lib/user-sections";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "../integration/helpers";

let t: TestDb;
let reporter: Actor, sportEditor: Actor;
let sport: string;
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const row = async (id: string) => (await t.db.select().from(stories).where(eq(stories.id, id)))[0]!;

before(async () => {
  t = await freshDatabase();
  const make = async (email: string, role: string): Promise<Actor> => {
    const u = await createUser(
      t.db,
      { email, name: email, role, password: "long enough password" },
      { actorId: null, via: "cli" },
    );
    return { id: u.id, role: u.role };
  };
  const [s] = await t.db.insert(sections).values({ slug: "sport", name: "Sport" }).returning();
  sport = s!.id;
  reporter = await make("rumana@example.com", "reporter");
  sportEditor = { ...(await make("sadia@example.com", "section_editor")), sectionIds: [sport] };
  await setUserSections(t.db, sportEditor.id, [sport], { actorId: null, via: "cli" });
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("the inbox after access ends", () => {
  it("shows a story's headline and note only while the reader may open the story", async () => {
    const { id } = await createStory(t.db, { ...reporter, name: "Rumana" });
    await saveStory(t.db, reporter, id, {
      version: (await row(id)).version,
      kind: "save",
      fields: {
        ...(await currentSnapshot(t.db, await row(id))),
        headline: "Captain dropped after row with coach",
        sectionId: sport,
        slug: "captain-dropped",
        body: doc("Text."),
      },
    });
    await transition(t.db, reporter, id, { action: "submit", version: (await row(id)).version });
    await transition(t.db, sportEditor, id, {
      action: "sendBack",
      version: (await row(id)).version,
      note: "Second source?",
    });
    await addNote(t.db, reporter, id, "The coach confirmed it on the record at 6pm.");

    const open = await listInbox(sportEditor, 50);
    assert.ok(open.some((n) => n.headline === "Captain dropped after row with coach" && n.storyId === id));
    assert.ok(open.some((n) => n.excerpt?.includes("coach confirmed")));

    await setUserSections(t.db, sportEditor.id, [], { actorId: null, via: "cli" });
    const closed = await listInbox({ ...sportEditor, sectionIds: [] }, 50);
    assert.equal(closed.length, open.length, "the entries stay, so the count does not jump");
    const text = JSON.stringify(closed);
    assert.doesNotMatch(text, /Captain dropped|coach confirmed/);
    assert.ok(!text.includes(id), "nor a link to the story");
    assert.ok(closed.every((n) => n.headline === CLOSED_STORY));

    // The reporter's own inbox is untouched.
    assert.ok((await listInbox(reporter, 50)).every((n) => n.storyId === id));
  });
});
