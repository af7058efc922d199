// Deletes media files left by failed or interrupted uploads, replaced crops and deleted images,
// once their grace period ends (see media_garbage). Runs at start, then every few minutes.
import { getDb } from "@/db";
import { logLine } from "@/lib/observe/shared";
import { runPeriodically } from "@/lib/periodic";
import { sweepMediaGarbage } from "./library";
import { mediaStorage } from "./store";

export function startMediaSweeper(): void {
  runPeriodically("media", 5 * 60_000, async () => {
    const n = await sweepMediaGarbage(getDb(), mediaStorage());
    if (n) logLine("info", `[media] removed ${n} unclaimed file${n === 1 ? "" : "s"}`);
  });
}
