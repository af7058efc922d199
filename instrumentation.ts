// Runs once when a Next.js server process starts: starts this process's job-queue worker
// (scheduled publishing, the notification outbox, view counts and housekeeping; lib/jobs/).
// Not awaited: a database that is not up yet delays the worker, never the server.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  (await import("./lib/jobs/worker")).startWorkerSoon();
}
