// A story scheduled to go live, or a live story's scheduled update or unpublish, puts a
// "stories_due" job on the queue for its time, in the transaction that sets it. The job publishes
// whatever is due then (lib/stories/scheduler.ts claims each row, so it happens once however many
// jobs or servers there are); a time changed again replaces the job (one key per story and
// kind), and a cancelled one finds nothing due. The crontab's minute run is the safety net.
import type { DbOrTx } from "@/db";
import { addJob } from "./add";

export async function queueStoriesDue(db: DbOrTx, at: Date, key: string): Promise<void> {
  await addJob(db, "stories_due", {}, { runAt: at, key: `stories-due:${key}` });
}
