// Runs once when a Next.js server process starts: begins the scheduled-publishing loop and
// the media sweeper, the pruning of long-ended sessions and the notification outbox.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { startScheduler } = await import("./lib/stories/scheduler-loop");
  startScheduler();
  const { startMediaSweeper } = await import("./lib/media/sweeper-loop");
  startMediaSweeper();
  const { startSessionPruner } = await import("./lib/auth/session-pruner");
  startSessionPruner();
  const { startOutbox } = await import("./lib/notifications/loop");
  startOutbox();
}
