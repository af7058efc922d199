// The thread of notes between reporter and editor on a story.
import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db";
import { storyNoteReads, storyNotes, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { invalid } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { MAX_NOTE_LENGTH, NOTE_TOO_LONG } from "./limits";
import { visibleStory } from "./visible";

export type NoteView = { id: number; body: string; authorName: string; createdAt: Date };

export async function addNote(
  db: Database,
  actor: Actor,
  storyId: string,
  rawBody: string,
  ctx: { ip?: string | null } = {},
): Promise<NoteView & { unreachedMentions: string[] }> {
  const body = rawBody.trim();
  if (!body) throw invalid("Write something first.", { note: "The note is empty." });
  if (body.length > MAX_NOTE_LENGTH) throw invalid(NOTE_TOO_LONG, { note: "Too long." });
  await visibleStory(db, actor, storyId);
  const row = await db.transaction(async (tx) => {
    const [note] = await tx.insert(storyNotes).values({ storyId, authorId: actor.id, body }).returning();
    // The note's text stays in its own table; the log records who wrote on which story, and from where.
    const { unreached } = await recordAudit(tx, {
      actorId: actor.id,
      action: "story.noted",
      targetType: "story",
      targetId: storyId,
      ip: ctx.ip,
      details: { noteId: note!.id, length: body.length },
    });
    return { ...note!, unreached };
  });
  await markNotesRead(db, actor.id, storyId);
  const [author] = await db.select({ name: users.name }).from(users).where(eq(users.id, actor.id));
  return {
    id: row.id,
    body: row.body,
    authorName: author?.name ?? "",
    createdAt: row.createdAt,
    unreachedMentions: row.unreached,
  };
}

export async function listNotes(db: Database, storyId: string): Promise<NoteView[]> {
  return db
    .select({ id: storyNotes.id, body: storyNotes.body, authorName: users.name, createdAt: storyNotes.createdAt })
    .from(storyNotes)
    .innerJoin(users, eq(users.id, storyNotes.authorId))
    .where(eq(storyNotes.storyId, storyId))
    .orderBy(asc(storyNotes.createdAt), asc(storyNotes.id));
}

export async function markNotesRead(db: Database, userId: string, storyId: string): Promise<void> {
  await db
    .insert(storyNoteReads)
    .values({ storyId, userId, readAt: new Date() })
    .onConflictDoUpdate({ target: [storyNoteReads.storyId, storyNoteReads.userId], set: { readAt: new Date() } });
}
