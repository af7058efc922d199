// Deletes long-ended sessions (lib/auth/user-sessions.ts pruneSessions) at start, then hourly.
// Several servers may run it at once: a DELETE of the same rows is harmless twice.
import { getDb } from "@/db";
import { pruneSessions } from "./user-sessions";

const EVERY_MS = 60 * 60_000;
let started = false;

export function startSessionPruner(): void {
  if (started) return;
  started = true;
  const prune = async () => {
    try {
      const n = await pruneSessions(getDb());
      if (n) console.log(`[sessions] deleted ${n} long-ended session${n === 1 ? "" : "s"}`);
    } catch (e) {
      console.error(`[sessions] pruning failed: ${e instanceof Error ? e.message : e}`);
    }
  };
  void prune();
  setInterval(() => void prune(), EVERY_MS).unref();
}
