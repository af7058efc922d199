// Housekeeping that every app process runs from instrumentation.ts: once at start, then every
// `everyMs`, never two runs of one task at once, a failure logged and the next run tried.
// Several processes run the same tasks; each task must be safe to run concurrently.
import { logLine } from "@/lib/observe/shared";

const started = new Set<string>();

export function runPeriodically(label: string, everyMs: number, task: () => Promise<void>): void {
  if (started.has(label)) return;
  started.add(label);
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await task();
    } catch (e) {
      logLine("error", `[${label}] run failed: ${e instanceof Error ? e.message : e}`);
    } finally {
      running = false;
    }
  };
  void run();
  setInterval(() => void run(), everyMs).unref();
}
