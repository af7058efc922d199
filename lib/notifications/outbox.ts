// Sends what the outbox holds. Any number of app processes run this at once: a batch is claimed
// with FOR UPDATE SKIP LOCKED and leased for LEASE_MS by pushing its next attempt forward, so
// each delivery is tried by one process at a time and a process that dies mid-send leaves the
// row to be retried after the lease. Failures back off (BACKOFF_MS doubled per attempt) and are
// given up after MAX_ATTEMPTS; every outcome is kept on the row for the admin's delivery log.
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { deliveries, webhooks, type Delivery } from "@/db/schema";
import { logLine } from "@/lib/observe/shared";
import { sendEmail, type Email } from "./mail";
import { callWebhook } from "./webhook-call";

/** Attempts before a delivery is given up: 8 tries span about two hours with the back-off below. */
export const MAX_ATTEMPTS = 8;
/** The wait after the first failure; doubled after each further one, capped at an hour. */
export const BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 60 * 60_000;
/** How long a claimed delivery is left to its process before another may try it. */
export const LEASE_MS = 2 * 60_000;

export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_MS * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

type Outcome = { ok: boolean; status: number | null; error: string | null };

async function attempt(db: Database, d: Delivery): Promise<Outcome> {
  if (d.channel === "email") {
    try {
      await sendEmail({ ...(d.payload as Omit<Email, "to">), to: d.recipient }, d.id);
      return { ok: true, status: null, error: null };
    } catch (e) {
      return { ok: false, status: null, error: e instanceof Error ? e.message : String(e) };
    }
  }
  const [hook] = d.webhookId
    ? await db
        .select({ secret: webhooks.secret, active: webhooks.active })
        .from(webhooks)
        .where(eq(webhooks.id, d.webhookId))
    : [];
  if (!hook) return { ok: false, status: null, error: "the webhook was deleted" };
  return callWebhook(d.recipient, hook.secret, d.payload, d.id);
}

/** Claims and sends up to `batch` due deliveries; returns how many were sent. */
export async function deliverDue(db: Database, batch = 20): Promise<number> {
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(deliveries)
      .where(
        sql`${deliveries.deliveredAt} is null and ${deliveries.failedAt} is null and ${deliveries.nextAttemptAt} <= now()`,
      )
      .orderBy(deliveries.id)
      .limit(batch)
      .for("update", { skipLocked: true });
    for (const d of due)
      await tx
        .update(deliveries)
        .set({ attempts: d.attempts + 1, nextAttemptAt: new Date(Date.now() + LEASE_MS) })
        .where(eq(deliveries.id, d.id));
    return due.map((d) => ({ ...d, attempts: d.attempts + 1 }));
  });
  let sent = 0;
  for (const d of claimed) {
    const outcome = await attempt(db, d);
    const error = outcome.error?.slice(0, 500) ?? null;
    if (outcome.ok) {
      sent++;
      await db
        .update(deliveries)
        .set({ deliveredAt: new Date(), lastStatus: outcome.status, lastError: null })
        .where(eq(deliveries.id, d.id));
    } else if (d.attempts >= MAX_ATTEMPTS || error === "the webhook was deleted") {
      await db
        .update(deliveries)
        .set({ failedAt: new Date(), lastStatus: outcome.status, lastError: error })
        .where(eq(deliveries.id, d.id));
      // The recipient address and the error only: never the payload (a note's words) or a secret.
      logLine("error", `[outbox] gave up on ${d.channel} delivery ${d.id} after ${d.attempts} attempts: ${error}`);
    } else {
      await db
        .update(deliveries)
        .set({
          nextAttemptAt: new Date(Date.now() + backoffMs(d.attempts)),
          lastStatus: outcome.status,
          lastError: error,
        })
        .where(eq(deliveries.id, d.id));
    }
  }
  return sent;
}

/** Sends until nothing is due (tests and the command line). */
export async function deliverAllDue(db: Database): Promise<number> {
  let total = 0;
  for (;;) {
    const before = total;
    total += await deliverDue(db);
    if (total === before) return total;
  }
}
