// Sends what the outbox holds. Each delivery row (the admin's log of sends) gets a "deliver" job
// on the job queue, added in the transaction that wrote the row (events.ts), so a write that rolls
// back sends nothing. The queue gives each job to one worker at a time across every app server,
// retries a failure after a growing wait and hands a crashed worker's job to another
// (lib/jobs/recover.ts); this module only sends one delivery and keeps the outcome on its row.
// A worker killed after the send but before the row is marked may send that one delivery again:
// at least once, never lost.
import { eq, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db";
import { deliveries, webhooks, type Delivery } from "@/db/schema";
import { addJob } from "@/lib/jobs/add";
import { logLine } from "@/lib/observe/shared";
import { sendEmail, type Email } from "./mail";
import { callWebhook } from "./webhook-call";

/** Attempts before a delivery is given up: 9 tries span about 80 minutes with the waits below. */
export const MAX_ATTEMPTS = 9;

/**
 * The queue's wait before the next try after `attempts` tries: graphile-worker's fail_job waits
 * exp(min(attempts, 10)) seconds (3 s, 7 s, 20 s, 55 s, 2.5 min, 6.7 min, 18 min, 50 min …).
 * Only shown to the admin ("next try …"); the queue keeps the real time.
 */
export function retryDelayMs(attempts: number): number {
  return Math.round(Math.exp(Math.min(attempts, 10)) * 1000);
}

/** Queues the sending of these delivery rows, on the transaction that wrote them. */
export async function queueDeliveries(db: DbOrTx, ids: number[]): Promise<void> {
  for (const id of ids) await addJob(db, "deliver", { id }, { maxAttempts: MAX_ATTEMPTS, key: `delivery:${id}` });
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

/**
 * The "deliver" job: try delivery `id` once, as try number `tries` of `maxTries`. Throws when the
 * queue should try again later; returns when the row is delivered, given up, or was already done.
 */
export async function deliverOne(db: Database, id: number, tries: number, maxTries = MAX_ATTEMPTS): Promise<void> {
  const [d] = await db.select().from(deliveries).where(eq(deliveries.id, id));
  // Gone with its notification or webhook, or finished by an earlier run of this job.
  if (!d || d.deliveredAt || d.failedAt) return;
  const outcome = await attempt(db, d);
  const error = outcome.error?.slice(0, 500) ?? null;
  if (outcome.ok) {
    await db
      .update(deliveries)
      .set({ attempts: tries, deliveredAt: new Date(), lastStatus: outcome.status, lastError: null })
      .where(eq(deliveries.id, id));
    return;
  }
  if (tries >= maxTries || error === "the webhook was deleted") {
    await db
      .update(deliveries)
      .set({ attempts: tries, failedAt: new Date(), lastStatus: outcome.status, lastError: error })
      .where(eq(deliveries.id, id));
    // The recipient address and the error only: never the payload (a note's words) or a secret.
    logLine("error", `[outbox] gave up on ${d.channel} delivery ${id} after ${tries} attempts: ${error}`);
    return;
  }
  await db
    .update(deliveries)
    .set({
      attempts: tries,
      nextAttemptAt: new Date(Date.now() + retryDelayMs(tries)),
      lastStatus: outcome.status,
      lastError: error,
    })
    .where(eq(deliveries.id, id));
  throw new Error(`${d.channel} delivery ${id} failed: ${error}`);
}

/**
 * Deliveries written before the queue existed (or by a tool that bypassed it) that have no job:
 * queued once more at migration time (db/migrate.ts), so an upgrade sends what was waiting.
 */
export async function queueOrphanDeliveries(db: DbOrTx): Promise<number> {
  const { rows } = await db.execute<{ id: string }>(sql`select d.id from deliveries d
    where d.delivered_at is null and d.failed_at is null
      and not exists (select 1 from graphile_worker.jobs j where j.key = 'delivery:' || d.id)`);
  await queueDeliveries(
    db,
    rows.map((r) => Number(r.id)),
  );
  return rows.length;
}
