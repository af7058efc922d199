// Deletes long-ended sessions (lib/auth/user-sessions.ts pruneSessions) at start, then hourly.
// Several servers may run it at once: a DELETE of the same rows is harmless twice.
import { getDb } from "@/db";
import { logLine } from "@/lib/observe/shared";
import { runPeriodically } from "@/lib/periodic";
import { pruneSessions } from "./user-sessions";

export function startSessionPruner(): void {
  runPeriodically("sessions", 60 * 60_000, async () => {
    const n = await pruneSessions(getDb());
    if (n) logLine("info", `[sessions] deleted ${n} long-ended session${n === 1 ? "" : "s"}`);
  });
}
