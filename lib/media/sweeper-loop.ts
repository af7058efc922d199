// Deletes media files left by failed or interrupted uploads, replaced crops and deleted images,
// once their grace period ends (see media_garbage). Runs at start, then every few minutes.
import { getDb } from "@/db";
import { sweepMediaGarbage } from "./library";
import { mediaStorage } from "./store";

const EVERY_MS = 5 * 60_000;
let started = false;

export function startMediaSweeper(): void {
  if (started) return;
  started = true;
  const sweep = async () => {
    try {
      const n = await sweepMediaGarbage(getDb(), mediaStorage());
      if (n) console.log(`[media] removed ${n} unclaimed file${n === 1 ? "" : "s"}`);
    } catch (e) {
      console.error(`[media] sweep failed: ${e instanceof Error ? e.message : e}`);
    }
  };
  void sweep();
  setInterval(() => void sweep(), EVERY_MS).unref();
}
