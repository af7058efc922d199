// Publishes scheduled stories whose time has come. The queue is the stories table itself:
// due rows are claimed with FOR UPDATE SKIP LOCKED and flipped to published in the same
// statement, so with any number of app processes each story is published exactly once.
// A story whose time passed while the app was down is published on the next run and
// flagged late.
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { stories, storyRevisions } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { currentSnapshot } from "./store";

/** Published more than this after the scheduled time counts as late. */
export const LATE_AFTER_MS = 60_000;

export type Published = { id: string; scheduledFor: Date; late: boolean };

export async function publishDue(db: Database, batch = 50): Promise<Published[]> {
  return db.transaction(async (tx) => {
    const result = await tx.execute<{ id: string; scheduled_for: Date; published_late: boolean }>(sql`
      with due as (
        select id from stories
        where status = 'scheduled' and scheduled_for <= now()
        order by scheduled_for
        for update skip locked
        limit ${batch}
      )
      update stories s
         set status = 'published',
             published_at = coalesce(s.first_published_at, now()),
             first_published_at = coalesce(s.first_published_at, now()),
             content_updated_at = case when s.first_published_at is null then null else now() end,
             published_late = now() - s.scheduled_for > ${`${LATE_AFTER_MS} milliseconds`}::interval,
             version = s.version + 1,
             updated_at = now()
        from due
       where s.id = due.id
      returning s.id, s.scheduled_for, s.published_late`);
    const published: Published[] = [];
    for (const r of result.rows) {
      const [row] = await tx.select().from(stories).where(eq(stories.id, r.id));
      await tx.insert(storyRevisions).values({ storyId: r.id, savedById: null, snapshot: await currentSnapshot(tx, row!), kind: "transition" });
      await recordAudit(tx, {
        actorId: null,
        action: "story.published_on_schedule",
        targetType: "story",
        targetId: r.id,
        details: { from: "scheduled", to: "published", scheduledFor: new Date(r.scheduled_for).toISOString(), late: r.published_late },
      });
      published.push({ id: r.id, scheduledFor: new Date(r.scheduled_for), late: r.published_late });
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
