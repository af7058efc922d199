import "server-only";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { stories, type StoryStatus } from "@/db/schema";

/** How many stories are in each state, optionally only those a user created. */
export async function storyCountsByStatus(createdById?: string): Promise<Record<StoryStatus, number>> {
  const rows = await getDb()
    .select({ status: stories.status, n: count() })
    .from(stories)
    .where(createdById ? eq(stories.createdById, createdById) : undefined)
    .groupBy(stories.status);
  const counts: Record<StoryStatus, number> = { draft: 0, in_review: 0, scheduled: 0, published: 0, unpublished: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}
