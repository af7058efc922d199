// The story as the permission checks need it, or a 404 for a story this person may not open
// (the same answer as a story that does not exist, so ids cannot be probed).
import { eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db";
import { stories, storyColumns, storyRefColumns, type Story } from "@/db/schema";
import { storyGone } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { isUuid } from "@/lib/uuid";
import { canView, type StoryRef } from "@/lib/workflow";

/** The whole row, locked FOR UPDATE until the transaction ends, or a 404. */
export async function lockStory(tx: Tx, id: string): Promise<Story> {
  // An id that is no uuid names no story (and would be a query error in PostgreSQL).
  if (!isUuid(id)) throw storyGone();
  const [story] = await tx.select(storyColumns).from(stories).where(eq(stories.id, id)).for("update");
  if (!story) throw storyGone();
  return story;
}

/**
 * The story `actor` may open, or a 404. Unlocked it reads only the permission columns; with
 * `lock` (inside a write's transaction) the whole row, locked until the transaction ends.
 */
export async function visibleStory(db: DbOrTx, actor: Actor, storyId: string): Promise<StoryRef>;
export async function visibleStory(tx: Tx, actor: Actor, storyId: string, opts: { lock: true }): Promise<Story>;
export async function visibleStory(
  db: DbOrTx,
  actor: Actor,
  storyId: string,
  opts: { lock?: boolean } = {},
): Promise<StoryRef> {
  if (!isUuid(storyId)) throw storyGone();
  const story = opts.lock
    ? await lockStory(db as Tx, storyId)
    : (await db.select(storyRefColumns).from(stories).where(eq(stories.id, storyId)))[0];
  if (!story || !canView(actor, story)) throw storyGone();
  return story;
}
