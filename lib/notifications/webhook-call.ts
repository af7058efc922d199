// Calls one webhook: POSTs the event as JSON with an HMAC-SHA256 signature over the timestamp
// and the body, so the receiver can check it came from this newsroom and is not a replay.
import { createHmac, timingSafeEqual } from "node:crypto";

/** The signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = "Dateline-Signature";
/** A call that has not answered in this long has failed (and is retried). */
export const WEBHOOK_TIMEOUT_MS = 10_000;

export function sign(secret: string, body: string, at: number): string {
  const t = Math.floor(at / 1000);
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;
}

/** What a receiver does: recompute and compare in constant time, refusing stale timestamps. */
export function verify(secret: string, body: string, header: string, now = Date.now(), toleranceS = 300): boolean {
  const t = Number(/(?:^|,)t=(\d+)/.exec(header)?.[1]);
  const v1 = /(?:^|,)v1=([0-9a-f]{64})/.exec(header)?.[1];
  if (!Number.isFinite(t) || !v1 || Math.abs(now / 1000 - t) > toleranceS) return false;
  const expected = Buffer.from(createHmac("sha256", secret).update(`${t}.${body}`).digest("hex"));
  return timingSafeEqual(expected, Buffer.from(v1));
}

export type CallResult = { ok: boolean; status: number | null; error: string | null };

export async function callWebhook(
  url: string,
  secret: string,
  payload: Record<string, unknown>,
  deliveryId: number,
): Promise<CallResult> {
  const body = JSON.stringify(payload);
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Dateline-Webhook/1",
        [SIGNATURE_HEADER]: sign(secret, body, Date.now()),
        "Dateline-Event": String(payload.event ?? ""),
        "Dateline-Delivery": String(deliveryId),
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await res.body?.cancel();
    return res.ok
      ? { ok: true, status: res.status, error: null }
      : { ok: false, status: res.status, error: `answered ${res.status}` };
  } catch (e) {
    const error = e instanceof Error ? (e.name === "TimeoutError" ? "no answer in 10 s" : e.message) : String(e);
    return { ok: false, status: null, error };
  }
}
