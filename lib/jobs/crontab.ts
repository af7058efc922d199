// The housekeeping timetable. Each line runs once per minute slot across every app server
// (graphile-worker records the last run of each), and `?fill` runs a slot missed while every
// server was down, once, when one comes back.
import { parseCrontab, type ParsedCronItem } from "graphile-worker";

export const CRONTAB = [
  // A safety net for scheduled stories: each also has a job at its own time (lib/jobs/schedule.ts),
  // and every worker runs one at start, so missed minutes need no back-fill.
  "* * * * * stories_due",
  // Jobs of a worker that died mid-job go back to the queue (lib/jobs/recover.ts).
  "* * * * * queue_recover",
  // Files of failed uploads, replaced crops and deleted images, past their grace period.
  "*/5 * * * * media_sweep ?fill=10m",
  // Long-ended sessions; view readers past the two days they can stop a duplicate.
  "17 * * * * sessions_prune ?fill=2h",
  "23 * * * * view_readers_prune ?fill=2h",
].join("\n");

export function cronItems(): ParsedCronItem[] {
  return parseCrontab(CRONTAB);
}
