// Finding 8, second half: story creation, contributors and notes left no trace in the audit log
// (sign-out and media edits are covered in sessions.test.ts and media-live-edit.test.ts).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, eq } from "drizzle-orm";
import { auditLog, authors } from "@/db/schema";
import { addContributor } from "@/lib/contributors";
import { AppError } from "@/lib/errors";
import { addNote } from "@/lib/stories/notes";
import { createStory } from "@/lib/stories/store";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "../integration/helpers";

let t: TestDb;
let reporter: { id: string; role: "reporter"; name: string };
const IP = "203.0.113.41";

before(async () => {
  t = await freshDatabase();
  const u = await createUser(
    t.db,
    { email: "r@example.com", name: "Rashida Reporter", role: "reporter", password: "long enough password" },
    { actorId: null, via: "cli" },
  );
  reporter = { id: u.id, role: "reporter", name: u.name };
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

const entries = (action: string, targetId: string) =>
  t.db
    .select({ actorId: auditLog.actorId, ip: auditLog.ip, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));

describe("the audit log records, with the address", () => {
  it("a new story", async () => {
    const { id } = await createStory(t.db, reporter, { ip: IP });
    assert.deepEqual(
      (await entries("story.created", id)).map((e) => [e.actorId, e.ip]),
      [[reporter.id, IP]],
    );
  });

  it("a note on a story, without copying its text into the log", async () => {
    const { id } = await createStory(t.db, reporter, { ip: IP });
    const note = await addNote(t.db, reporter, id, "Please check the ward councillor's name.", { ip: IP });
    const [entry, ...more] = await entries("story.noted", id);
    assert.equal(more.length, 0);
    assert.equal(entry!.ip, IP);
    assert.deepEqual(entry!.details, { noteId: note.id, length: 40 });
  });

  it("a contributor byline, and refuses a bad name leaving no author and no entry", async () => {
    const added = await addContributor(t.db, reporter, { name: "  Nasrin Stringer " }, { ip: IP });
    assert.equal(added.name, "Nasrin Stringer");
    const [entry] = await entries("author.created", added.id);
    assert.deepEqual([entry!.actorId, entry!.ip, entry!.details], [reporter.id, IP, { name: "Nasrin Stringer" }]);

    const before = (await t.db.select({ id: authors.id }).from(authors)).length;
    await assert.rejects(addContributor(t.db, reporter, { name: "N" }, { ip: IP }), (e: unknown) => {
      return e instanceof AppError && /contributor's name/.test(e.message);
    });
    assert.equal((await t.db.select({ id: authors.id }).from(authors)).length, before);
  });
});
