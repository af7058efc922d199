import "server-only";
import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { stories, type StoryStatus } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { visibleStoriesWhere } from "./desk-visibility";

/** How many stories in each state `viewer` may see (or, with `mine`, created). */
export async function storyCountsByStatus(viewer: Actor, mine: boolean): Promise<Record<StoryStatus, number>> {
  const rows = await getDb()
    .select({ status: stories.status, n: count() })
    .from(stories)
    .where(and(visibleStoriesWhere(viewer), mine ? eq(stories.createdById, viewer.id) : undefined))
    .groupBy(stories.status);
  const counts: Record<StoryStatus, number> = { draft: 0, in_review: 0, scheduled: 0, published: 0, unpublished: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}
