// What each job does. Every task may run in any app process and, after a crash, again: each is
// idempotent (a delivery already sent is skipped, a story already published is not due, a
// delete of the same rows twice is harmless, a view counted twice is one row by its key).
import type { JobHelpers, Task } from "graphile-worker";
import { getDb } from "@/db";
import { pruneSessions } from "@/lib/auth/user-sessions";
import { sweepMediaGarbage } from "@/lib/media/library";
import { mediaStorage } from "@/lib/media/store";
import { deliverOne } from "@/lib/notifications/outbox";
import { logLine, observer } from "@/lib/observe/shared";
import { publishAllDue } from "@/lib/stories/scheduler";
import { runDueTimers } from "@/lib/stories/timers";
import { pruneReaders, writeViews, type PendingView } from "@/lib/views";
import type { TaskName } from "./add";
import { unlockDeadWorkers } from "./recover";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Scheduled publishing and the timers of live stories: whatever is due now, claimed row by row. */
async function storiesDue(): Promise<void> {
  try {
    for (const p of await publishAllDue(getDb())) {
      observer()?.scheduledPublished((p.publishedAt.getTime() - p.scheduledFor.getTime()) / 1000);
      logLine(
        "info",
        `[scheduler] published story ${p.id}${p.late ? ` late (was due ${p.scheduledFor.toISOString()})` : ""}`,
      );
    }
    for (const t of await runDueTimers(getDb()))
      logLine(
        t.ok ? "info" : "error",
        `[scheduler] scheduled ${t.kind} of story ${t.storyId} ${t.ok ? "done" : `refused: ${t.reason}`}`,
      );
  } finally {
    observer()?.schedulerRan();
  }
}

export const taskList: Record<TaskName, Task> = {
  async deliver(payload, helpers: JobHelpers) {
    const { id } = payload as { id: number };
    await deliverOne(getDb(), id, helpers.job.attempts, helpers.job.max_attempts);
  },
  stories_due: storiesDue,
  async count_views(payload) {
    await writeViews(getDb(), (payload as { views: PendingView[] }).views);
  },
  async media_sweep() {
    const n = await sweepMediaGarbage(getDb(), mediaStorage());
    if (n) logLine("info", `[media] removed ${plural(n, "unclaimed file")}`);
  },
  async sessions_prune() {
    const n = await pruneSessions(getDb());
    if (n) logLine("info", `[sessions] deleted ${plural(n, "long-ended session")}`);
  },
  async view_readers_prune() {
    await pruneReaders(getDb());
  },
  async queue_recover() {
    await unlockDeadWorkers(getDb());
  },
};
