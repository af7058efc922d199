// Reads for a story's history page: the story's workflow facts, its revisions, and chosen snapshots.
import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { stories, storyRevisions, users, type StoryRevision, storyRefColumns } from "@/db/schema";
import type { StoryRef } from "@/lib/workflow";

export type HistoryStory = StoryRef & { id: string; headline: string };

export type RevisionSummary = {
  id: number;
  createdAt: Date;
  updatedAt: Date;
  kind: string;
  pending: boolean;
  /** Null when the system saved it (the scheduler publishing on time). */
  savedByName: string | null;
};

/** Just what the page needs to decide who may see and restore; never the body. */
export async function getHistoryStory(id: string): Promise<HistoryStory | null> {
  const [row] = await getDb()
    .select({
      id: stories.id,
      headline: stories.headline,
      ...storyRefColumns,
    })
    .from(stories)
    .where(eq(stories.id, id));
  return row ?? null;
}

export const REVISION_LIST_LIMIT = 200;

/** Newest first; snapshots are left out because a long history of long bodies is heavy. */
export async function listRevisions(storyId: string, limit = REVISION_LIST_LIMIT): Promise<RevisionSummary[]> {
  return getDb()
    .select({
      id: storyRevisions.id,
      createdAt: storyRevisions.createdAt,
      updatedAt: storyRevisions.updatedAt,
      kind: storyRevisions.kind,
      pending: storyRevisions.pending,
      savedByName: users.name,
    })
    .from(storyRevisions)
    .leftJoin(users, eq(users.id, storyRevisions.savedById))
    .where(eq(storyRevisions.storyId, storyId))
    .orderBy(desc(storyRevisions.id))
    .limit(limit);
}

/** Full rows for the given ids, only those belonging to this story (ids come from the URL). */
export async function getRevisions(storyId: string, ids: number[]): Promise<StoryRevision[]> {
  if (ids.length === 0) return [];
  return getDb()
    .select()
    .from(storyRevisions)
    .where(and(eq(storyRevisions.storyId, storyId), inArray(storyRevisions.id, ids)));
}
