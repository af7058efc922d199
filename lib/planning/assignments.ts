// The story budget: pitches and assignments, and the draft started from one. Every write checks
// the person against the object here (the actions only parse), and is audited; a change of
// assignee is its own audit entry, which tells the new assignee (lib/notifications/events.ts).
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Database, Tx } from "@/db";
import { assignments, sections, users, type Assignment } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { forbidden, invalid, notFound } from "@/lib/errors";
import { can, type Actor } from "@/lib/permissions";
import { insertStory } from "@/lib/stories/store";
import { zonedLocalToUtc } from "@/lib/time";
import { parseDay } from "./days";
import { BRIEF_MAX, TITLE_MAX } from "./limits";

const optionalUuid = z.union([z.literal(""), z.uuid({ message: "Unknown choice." })]).transform((v) => v || null);

/** The form's fields, as typed; `due` is a datetime-local value in the newsroom's time zone. */
export const assignmentInput = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Give the story a working headline.")
    .max(TITLE_MAX, `Working headlines are at most ${TITLE_MAX} characters.`),
  brief: z.string().trim().max(BRIEF_MAX, `The brief is at most ${BRIEF_MAX} characters.`).default(""),
  sectionId: optionalUuid.prefault(""),
  desk: z.string().trim().max(60, "Desk names are at most 60 characters.").default(""),
  assigneeId: optionalUuid.prefault(""),
  due: z
    .string()
    .trim()
    .regex(/^$|^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Choose a date and time.")
    .default(""),
  targetWords: z
    .union([
      z.literal(""),
      z.coerce.number().int("Whole words only.").min(50, "At least 50 words.").max(10_000, "At most 10,000 words."),
    ])
    .transform((v) => (v === "" ? null : v))
    .prefault(""),
  printSlot: z.string().trim().max(40, "Print slots are at most 40 characters, like “A1 lead”.").default(""),
});
export type AssignmentInput = z.infer<typeof assignmentInput>;

type Ctx = { ip?: string | null; timeZone: string };
type Person = Actor & { name: string };

function dueAt(input: AssignmentInput, timeZone: string): Date | null {
  if (!input.due) return null;
  // Date.UTC would roll 30 February over to 2 March; a date that does not exist is refused.
  const at = parseDay(input.due.slice(0, 10)) ? zonedLocalToUtc(input.due, timeZone) : null;
  if (!at) throw invalid("That date does not exist.", { due: "Choose a date and time." });
  return at;
}

async function checkRefs(tx: Tx, input: AssignmentInput): Promise<void> {
  if (input.sectionId) {
    const [s] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, input.sectionId));
    if (!s) throw invalid("That section no longer exists.", { sectionId: "Choose a section." });
  }
  if (input.assigneeId) {
    const [u] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, input.assigneeId), eq(users.active, true)));
    if (!u) throw invalid("That person is not an active member of the newsroom.", { assigneeId: "Choose someone." });
  }
}

/** Who may set `assigneeId` to whom: an editor anyone; a reporter only herself (or no one). */
function checkAssignee(actor: Actor, assigneeId: string | null): void {
  if (assigneeId && assigneeId !== actor.id && !can(actor, "planning.assign"))
    throw forbidden("Only editors assign stories to other people; pitch it, or take it yourself.");
}

async function audit(
  tx: Tx,
  actor: Actor,
  action: "assignment.created" | "assignment.updated" | "assignment.assigned",
  a: Pick<Assignment, "id" | "title">,
  ctx: Ctx,
  details: Record<string, unknown> = {},
) {
  await recordAudit(tx, {
    actorId: actor.id,
    action,
    targetType: "assignment",
    targetId: a.id,
    ip: ctx.ip,
    details: { title: a.title, ...details },
  });
}

export async function createAssignment(
  db: Database,
  actor: Person,
  input: AssignmentInput,
  ctx: Ctx,
): Promise<Assignment> {
  if (!can(actor, "planning.pitch")) throw forbidden("Your role cannot add to the budget.");
  checkAssignee(actor, input.assigneeId);
  const due = dueAt(input, ctx.timeZone);
  return db.transaction(async (tx) => {
    await checkRefs(tx, input);
    const [row] = await tx
      .insert(assignments)
      .values({
        ...columnsOf(input, due),
        // An editor's entry with someone on it is an assignment; anything else starts as a pitch.
        state: input.assigneeId && can(actor, "planning.assign") ? "assigned" : "pitched",
        createdById: actor.id,
      })
      .returning();
    await audit(tx, actor, "assignment.created", row!, ctx, { state: row!.state });
    if (row!.assigneeId && row!.assigneeId !== actor.id)
      await audit(tx, actor, "assignment.assigned", row!, ctx, { assigneeId: row!.assigneeId });
    return row!;
  });
}

/** The columns a budget line's form writes, on create and on edit alike. */
function columnsOf(input: AssignmentInput, dueAt: Date | null) {
  const { title, brief, sectionId, desk, assigneeId, targetWords, printSlot } = input;
  return { title, brief, sectionId, desk, assigneeId, dueAt, targetWords, printSlot };
}

async function lockAssignment(tx: Tx, id: string): Promise<Assignment> {
  const [row] = await tx.select().from(assignments).where(eq(assignments.id, id)).for("update");
  if (!row) throw notFound("This budget line no longer exists.");
  return row;
}

export async function updateAssignment(
  db: Database,
  actor: Person,
  id: string,
  input: AssignmentInput & { state?: "pitched" | "assigned" | "spiked" },
  ctx: Ctx,
): Promise<Assignment> {
  const due = dueAt(input, ctx.timeZone);
  return db.transaction(async (tx) => {
    const before = await lockAssignment(tx, id);
    if (!can(actor, "planning.edit", { ownerId: before.createdById }))
      throw forbidden("Only editors change other people's budget lines.");
    // A reporter edits her pitch's words; the state and anyone else on it are an editor's decision.
    const state = input.state ?? before.state;
    if (!can(actor, "planning.assign")) {
      if (state !== before.state) throw forbidden("Only editors assign or spike a story.");
      if (input.assigneeId !== before.assigneeId) checkAssignee(actor, input.assigneeId);
    }
    await checkRefs(tx, input);
    const [row] = await tx
      .update(assignments)
      .set({
        ...columnsOf(input, due),
        state: state === "pitched" && input.assigneeId && can(actor, "planning.assign") ? "assigned" : state,
      })
      .where(eq(assignments.id, id))
      .returning();
    await audit(tx, actor, "assignment.updated", row!, ctx, { from: before.state, to: row!.state });
    if (row!.assigneeId && row!.assigneeId !== before.assigneeId && row!.assigneeId !== actor.id)
      await audit(tx, actor, "assignment.assigned", row!, ctx, { assigneeId: row!.assigneeId });
    return row!;
  });
}

/**
 * Starts the draft for a budget line: the story belongs to the assignee (an editor may start it
 * for them), carries the working headline and the section, and is linked back here. Once only.
 */
export async function startDraft(db: Database, actor: Person, id: string, ctx: Ctx): Promise<{ storyId: string }> {
  return db.transaction(async (tx) => {
    const a = await lockAssignment(tx, id);
    if (a.storyId) return { storyId: a.storyId };
    if (a.state === "spiked") throw invalid("This story was spiked; put it back on the budget first.");
    const mine = a.assigneeId === actor.id || (!a.assigneeId && a.createdById === actor.id);
    if (!mine && !can(actor, "planning.assign")) throw forbidden("Only the assignee or an editor starts this draft.");
    let owner: { id: string; name: string } | undefined;
    if (a.assigneeId && a.assigneeId !== actor.id) {
      const [u] = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, a.assigneeId));
      owner = u;
    }
    const { id: storyId } = await insertStory(tx, actor, ctx, {
      owner,
      headline: a.title,
      sectionId: a.sectionId,
      details: { assignmentId: a.id },
    });
    await tx
      .update(assignments)
      .set({ storyId, state: a.state === "pitched" ? "assigned" : a.state, assigneeId: a.assigneeId ?? actor.id })
      .where(eq(assignments.id, id));
    return { storyId };
  });
}
