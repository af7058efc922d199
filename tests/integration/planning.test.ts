// The story budget against real PostgreSQL: who may pitch, assign, spike and start a draft,
// checked per object on the server, and what each leaves in the database.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq, sql } from "drizzle-orm";
import { assignments, auditLog, notifications, sections, stories, storyAuthors, authors } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { assignmentInput, createAssignment, startDraft, updateAssignment } from "@/lib/planning/assignments";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
type Person = { id: string; role: "reporter" | "editor"; name: string };
let reporter: Person, otherReporter: Person, editor: Person;
let sectionId: string;
const ctx = { timeZone: "Asia/Dhaka" };
const input = (over: Record<string, unknown> = {}) =>
  assignmentInput.parse({ title: "Water logging in Old Dhaka", brief: "Which lanes flood, and since when?", ...over });
const refused = (kind: AppError["kind"]) => (e: unknown) => e instanceof AppError && e.kind === kind;
const count = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(assignments))[0]!.n;

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
  otherReporter = await make("kamal@example.com", "Kamal Reporter", "reporter");
  editor = await make("emdad@example.com", "Emdad Editor", "editor");
  const [s] = await t.db.insert(sections).values({ slug: "city", name: "City" }).returning();
  sectionId = s!.id;
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("the budget", () => {
  it("takes a reporter's pitch, due in Dhaka's time", async () => {
    const a = await createAssignment(t.db, reporter, input({ due: "2026-12-03T17:00", sectionId }), ctx);
    assert.equal(a.state, "pitched");
    assert.equal(a.assigneeId, null);
    assert.equal(a.dueAt!.toISOString(), "2026-12-03T11:00:00.000Z");
    assert.equal(a.sectionId, sectionId);
  });

  it("refuses a reporter assigning someone else, and writes nothing", async () => {
    const before = await count();
    await assert.rejects(
      createAssignment(t.db, reporter, input({ assigneeId: otherReporter.id }), ctx),
      refused("forbidden"),
    );
    assert.equal(await count(), before);
  });

  it("lets an editor assign, and tells the assignee in the inbox (with an email in the outbox)", async () => {
    const a = await createAssignment(
      t.db,
      editor,
      input({ assigneeId: reporter.id, targetWords: "600", printSlot: "A3 top" }),
      ctx,
    );
    assert.equal(a.state, "assigned");
    assert.equal(a.targetWords, 600);
    const told = await t.db.select().from(notifications).where(eq(notifications.userId, reporter.id));
    assert.deepEqual(
      told.map((n) => [n.kind, n.headline, n.excerpt]),
      [["assigned", "Water logging in Old Dhaka", "Which lanes flood, and since when?"]],
    );
  });

  it("explains bad input field by field", async () => {
    assert.equal(
      assignmentInput.safeParse({ title: "  " }).error?.issues[0]?.message,
      "Give the story a working headline.",
    );
    assert.equal(
      assignmentInput.safeParse({ title: "x", targetWords: "12" }).error?.issues[0]?.message,
      "At least 50 words.",
    );
    assert.equal(
      assignmentInput.safeParse({ title: "x", due: "tomorrow" }).error?.issues[0]?.message,
      "Choose a date and time.",
    );
    await assert.rejects(
      createAssignment(t.db, editor, input({ due: "2026-02-30T10:00" }), ctx),
      refused("validation"),
    );
  });

  it("lets a reporter edit her own pitch's words but not assign, spike or touch another's line", async () => {
    const mine = await createAssignment(t.db, reporter, input({ title: "Rickshaw fares" }), ctx);
    const edited = await updateAssignment(
      t.db,
      reporter,
      mine.id,
      input({ title: "Rickshaw fares after the rain" }),
      ctx,
    );
    assert.equal(edited.title, "Rickshaw fares after the rain");
    await assert.rejects(
      updateAssignment(t.db, reporter, mine.id, { ...input(), state: "spiked" }, ctx),
      refused("forbidden"),
    );
    await assert.rejects(
      updateAssignment(t.db, reporter, mine.id, input({ assigneeId: otherReporter.id }), ctx),
      refused("forbidden"),
    );
    const editors = await createAssignment(t.db, editor, input({ title: "Editor's line" }), ctx);
    await assert.rejects(
      updateAssignment(t.db, reporter, editors.id, input({ title: "Mine now" }), ctx),
      refused("forbidden"),
    );
    const [still] = await t.db.select().from(assignments).where(eq(assignments.id, editors.id));
    assert.equal(still!.title, "Editor's line");
  });
});

describe("starting the draft", () => {
  it("makes the assignee's story with the working headline and section, once", async () => {
    const a = await createAssignment(
      t.db,
      editor,
      input({ title: "Metro rail night trains", assigneeId: reporter.id, sectionId }),
      ctx,
    );
    // Another reporter may not start it for her.
    await assert.rejects(startDraft(t.db, otherReporter, a.id, ctx), refused("forbidden"));
    const { storyId } = await startDraft(t.db, reporter, a.id, ctx);
    const [story] = await t.db.select().from(stories).where(eq(stories.id, storyId));
    assert.equal(story!.createdById, reporter.id);
    assert.equal(story!.headline, "Metro rail night trains");
    assert.equal(story!.sectionId, sectionId);
    // Again: the same story, not a second one.
    assert.deepEqual(await startDraft(t.db, reporter, a.id, ctx), { storyId });
    const [line] = await t.db.select().from(assignments).where(eq(assignments.id, a.id));
    assert.equal(line!.storyId, storyId);
  });

  it("when an editor starts it, the story still belongs to the assignee (bylined to her), and the log says who", async () => {
    const a = await createAssignment(t.db, editor, input({ title: "Gas supply cuts", assigneeId: reporter.id }), ctx);
    const { storyId } = await startDraft(t.db, editor, a.id, ctx);
    const [story] = await t.db.select().from(stories).where(eq(stories.id, storyId));
    assert.equal(story!.createdById, reporter.id);
    const byline = await t.db
      .select({ userId: authors.userId })
      .from(storyAuthors)
      .innerJoin(authors, eq(authors.id, storyAuthors.authorId))
      .where(eq(storyAuthors.storyId, storyId));
    assert.deepEqual(byline, [{ userId: reporter.id }]);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.targetId, storyId));
    assert.equal(entry!.actorId, editor.id);
    assert.deepEqual(entry!.details, { assignmentId: a.id });
  });

  it("refuses a spiked story", async () => {
    const a = await createAssignment(t.db, editor, input({ title: "Spiked idea" }), ctx);
    await updateAssignment(t.db, editor, a.id, { ...input({ title: "Spiked idea" }), state: "spiked" }, ctx);
    await assert.rejects(startDraft(t.db, editor, a.id, ctx), refused("validation"));
  });
});
