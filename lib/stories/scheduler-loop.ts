// The in-process runner for scheduled publishing. Every app process runs one; the
// SKIP LOCKED claim in publishDue() keeps them from publishing anything twice. The first
// run happens at start, which is the catch-up for stories due while the app was down.
// What it publishes leaves the page cache like any other publish (goLive() in ./transition.ts).
import { getDb } from "@/db";
import { logLine, observer } from "@/lib/observe/shared";
import { publishAllDue } from "./scheduler";
import { runDueTimers } from "./timers";

export const TICK_MS = 1_000;

let started = false;

export function startScheduler(): void {
  if (started) return;
  started = true;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const published = await publishAllDue(getDb());
      for (const p of published) {
        observer()?.scheduledPublished((p.publishedAt.getTime() - p.scheduledFor.getTime()) / 1000);
        logLine(
          "info",
          `[scheduler] published story ${p.id}${p.late ? ` late (was due ${p.scheduledFor.toISOString()})` : ""}`,
        );
      }
      // Scheduled updates and unpublishing of live stories (./timers.ts).
      for (const t of await runDueTimers(getDb()))
        logLine(
          t.ok ? "info" : "error",
          `[scheduler] scheduled ${t.kind} of story ${t.storyId} ${t.ok ? "done" : `refused: ${t.reason}`}`,
        );
    } catch (e) {
      logLine("error", `[scheduler] run failed: ${e instanceof Error ? e.message : e}`);
    } finally {
      running = false;
      observer()?.schedulerRan();
    }
  };
  void tick();
  setInterval(() => void tick(), TICK_MS).unref();
}
