// Every app process sends the outbox every few seconds (outbox.ts makes that safe with many).
import { getDb } from "@/db";
import { runPeriodically } from "@/lib/periodic";
import { deliverDue } from "./outbox";

/** A note or a send-back reaches the inbox at once and the email within this long. */
export const OUTBOX_EVERY_MS = 3_000;

export function startOutbox(): void {
  runPeriodically("outbox", OUTBOX_EVERY_MS, async () => {
    while ((await deliverDue(getDb())) > 0);
  });
}
