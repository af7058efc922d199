// Publishes scheduled stories whose time has come. The queue is the stories table itself: due
// rows are claimed with FOR UPDATE SKIP LOCKED, so with any number of app processes each story
// is published exactly once, by the same goLive() as the desk's Publish (revision, audit, page
// cache expiry and all). A story whose time passed while the app was down is published on the
// next run and flagged late.
import { and, asc, eq, lte, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { stories, storyColumns } from "@/db/schema";
import { publicWrite } from "@/lib/cache/public-write";
import { publishScheduled } from "./transition";

/** Published more than this after the scheduled time counts as late. */
export const LATE_AFTER_MS = 60_000;

export type Published = { id: string; scheduledFor: Date; publishedAt: Date; late: boolean };

export async function publishDue(db: Database, batch = 50): Promise<Published[]> {
  return publicWrite(db, async (tx, changed) => {
    const due = await tx
      .select(storyColumns)
      .from(stories)
      .where(and(eq(stories.status, "scheduled"), lte(stories.scheduledFor, sql`now()`)))
      .orderBy(asc(stories.scheduledFor))
      .limit(batch)
      .for("update", { skipLocked: true });
    const published: Published[] = [];
    for (const story of due) {
      const now = new Date();
      const scheduledFor = story.scheduledFor!;
      const late = now.getTime() - scheduledFor.getTime() > LATE_AFTER_MS;
      // Refused (the scheduler lost the right meanwhile): back in review, logged and told; not published.
      const live = await publishScheduled(tx, story, {
        actorId: null,
        now,
        changed,
        scheduled: { for: scheduledFor, late },
      });
      if (live) published.push({ id: story.id, scheduledFor, publishedAt: now, late });
    }
    return published;
  });
}

/** Runs until every due story is published (batches of `batch`). */
export async function publishAllDue(db: Database): Promise<Published[]> {
  const all: Published[] = [];
  for (;;) {
    const batch = await publishDue(db);
    all.push(...batch);
    if (batch.length === 0) return all;
  }
}
