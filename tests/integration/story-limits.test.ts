// A note is one thing with one limit, whether an editor sends a story back with it or anyone adds
// it to the thread (the send-back route once allowed 10,000 characters, the domain 5,000).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { stories, storyNotes } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { MAX_NOTE_LENGTH, NOTE_TOO_LONG } from "@/lib/stories/limits";
import { addNote } from "@/lib/stories/notes";
import { createStory } from "@/lib/stories/store";
import { transition } from "@/lib/stories/transition";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
let reporter: { id: string; role: "reporter"; name: string };
let editor: { id: string; role: "editor" };

const version = async (id: string) =>
  (await t.db.select({ v: stories.version }).from(stories).where(eq(stories.id, id)))[0]!.v;
const tooLong = (e: unknown) =>
  e instanceof AppError &&
  e.kind === "validation" &&
  e.message === NOTE_TOO_LONG &&
  e.fieldErrors?.note === "Too long.";

before(async () => {
  t = await freshDatabase();
  const ctx = { actorId: null, via: "cli" as const };
  const password = "long enough password";
  const r = await createUser(t.db, { email: "r@example.com", name: "Rina", role: "reporter", password }, ctx);
  const e = await createUser(t.db, { email: "e@example.com", name: "Enam", role: "editor", password }, ctx);
  reporter = { id: r.id, role: "reporter", name: r.name };
  editor = { id: e.id, role: "editor" };
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("note length", () => {
  it("is the same limit, with the same message, on the thread and on send-back", async () => {
    const { id } = await createStory(t.db, reporter);
    await transition(t.db, reporter, id, { action: "submit", version: await version(id) });
    const over = "দ".repeat(MAX_NOTE_LENGTH + 1);
    assert.equal(NOTE_TOO_LONG, "Notes are at most 5,000 characters.");
    await assert.rejects(addNote(t.db, editor, id, over), tooLong);
    await assert.rejects(
      transition(t.db, editor, id, { action: "sendBack", version: await version(id), note: over }),
      tooLong,
    );
    // Nothing was written by either refusal; a note at the limit goes through both ways.
    assert.equal((await t.db.select().from(storyNotes).where(eq(storyNotes.storyId, id))).length, 0);
    const atLimit = "দ".repeat(MAX_NOTE_LENGTH);
    await addNote(t.db, editor, id, atLimit);
    await transition(t.db, editor, id, { action: "sendBack", version: await version(id), note: atLimit });
    assert.equal((await t.db.select().from(storyNotes).where(eq(storyNotes.storyId, id))).length, 2);
  });
});
