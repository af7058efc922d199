// A story's fields as one snapshot: as they stand in its row and link tables, or as its
// pending (not yet live) revision holds them. Reads, shared by the desk's writes
// (lib/stories/) and the editor page; no "server-only" marker, because command-line tools and
// tests run the writes outside Next.
import { asc, desc, eq } from "drizzle-orm";
import type { Database, Tx } from "@/db";
import { snapshotFromRow } from "@/lib/stories/fields";
import { storyAuthors, storyRevisions, storyTopics, type Story, type StorySnapshot } from "@/db/schema";

/** The story's fields as they stand in its row and link tables. */
export async function currentSnapshot(tx: Tx | Database, story: Story): Promise<StorySnapshot> {
  // One connection runs one query at a time (pg deprecates overlapping them), so in order.
  const a = await tx
    .select({ id: storyAuthors.authorId })
    .from(storyAuthors)
    .where(eq(storyAuthors.storyId, story.id))
    .orderBy(asc(storyAuthors.position));
  const t = await tx.select({ id: storyTopics.topicId }).from(storyTopics).where(eq(storyTopics.storyId, story.id));
  return snapshotFromRow(story, { topicIds: t.map((r) => r.id), authorIds: a.map((r) => r.id) });
}

/** The latest revision's snapshot when it holds pending (not yet live) changes, else null. */
export async function pendingSnapshot(tx: Tx | Database, storyId: string): Promise<StorySnapshot | null> {
  const [latest] = await tx
    .select({ snapshot: storyRevisions.snapshot, pending: storyRevisions.pending })
    .from(storyRevisions)
    .where(eq(storyRevisions.storyId, storyId))
    .orderBy(desc(storyRevisions.id))
    .limit(1);
  return latest?.pending ? latest.snapshot : null;
}
