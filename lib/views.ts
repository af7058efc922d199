// View counting without trackers or cookies: the article page pings once per page view; the
// server drops bots and prefetches, turns the reader into a salted daily hash, and buffers.
// Every few seconds the worker hands the whole buffer to the job queue as one "count_views" job
// (lib/jobs/worker.ts), and on shutdown too, so a traffic spike costs a few batched statements
// rather than a write per request, and a stopping server loses no views. The reader table makes
// "one view per reader per story per day" hold across processes.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db";
import { MemoryCounters, type Counters } from "./shared-counters";

export const FLUSH_MS = 2_000;

const BOT =
  /bot|crawl|spider|slurp|bingpreview|facebookexternalhit|embedly|quora link preview|whatsapp|telegrambot|headless|lighthouse|curl|wget|python-requests|go-http-client|node-fetch|axios/i;

/** Bots, link previews and prefetches are not readers. */
export function isCountable(headers: { get(name: string): string | null }): boolean {
  const ua = headers.get("user-agent") ?? "";
  if (!ua || BOT.test(ua)) return false;
  const purpose = `${headers.get("purpose") ?? ""} ${headers.get("sec-purpose") ?? ""} ${headers.get("x-moz") ?? ""}`;
  return !/prefetch|prerender/i.test(purpose);
}

/**
 * A reader for today: the client address the server decided (lib/auth/client-ip), salted so it
 * is not reversible to an IP without the secret, and different every day. Not the User-Agent:
 * anyone can rotate that, and doing so made hundreds of "readers" from one address (issue 10,
 * item 7). A household behind one address counts once per story per day, which is the price.
 */
export function readerHash(ip: string, day: string, secret: string): string {
  return createHash("sha256").update(`${secret}|${day}|${ip}`).digest("base64url").slice(0, 22);
}

/** The host of an Origin header; "null" (sandboxed frames, file:) or garbage never matches. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Only our own article page pings: browsers send Sec-Fetch-Site (or at least Origin on a POST),
 * and a script on another site or a bare HTTP client cannot pass for same-origin in a browser.
 * A ping with neither header is not from a browser on our page, so it is not a reader.
 */
export function isSameOriginPing(headers: { get(name: string): string | null }): boolean {
  const site = headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin";
  const origin = headers.get("origin");
  // scripts/serve.ts sets x-forwarded-host to the host the person used (as lib/http.ts reads it).
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  return origin !== null && host !== null && originHost(origin) === host;
}

/** Stories one address may add views to per day: more than a person reads, far less than a pump. */
export const DAILY_STORIES_PER_ADDRESS = 50;
/** Pings one address may send per minute, counted or not. */
export const PINGS_PER_MINUTE = 30;

/**
 * Per-address limits: the daily story cap and a one-minute ping budget, held in the shared
 * counters (lib/shared-counters.ts) so that N app servers allow what one does, not N times it.
 */
export class ReaderGate {
  constructor(private readonly counters: Counters = new MemoryCounters()) {}

  /** "limited": too many pings this minute; "capped": counted enough stories today; else "ok". */
  async admit(ip: string, storyId: string, now = new Date()): Promise<"ok" | "capped" | "limited"> {
    const minute = Math.floor(now.getTime() / 60_000);
    if ((await this.counters.incr(`views:pings:${minute}:${ip}`, 120_000)) > PINGS_PER_MINUTE) return "limited";
    const key = `views:stories:${dayOf(now)}:${ip}`;
    const { added, size } = await this.counters.addToSet(key, storyId, 2 * 86_400_000);
    if (!added) return "ok"; // the database keeps it to one view anyway
    if (size <= DAILY_STORIES_PER_ADDRESS) return "ok";
    // Over the cap: take it out again, so two servers racing at the cap cannot both keep theirs.
    await this.counters.removeFromSet(key, storyId);
    return "capped";
  }
}

/**
 * Everything the ping route decides before answering: whether this ping adds a view (to
 * `buffer`), or is over the address's rate limit ("limited": the route answers 429).
 */
export async function acceptPing(
  ping: { headers: { get(name: string): string | null }; ip: string; storyId: string; secret: string; now?: Date },
  gate: ReaderGate,
  buffer: ViewBuffer,
): Promise<"counted" | "ignored" | "limited"> {
  const now = ping.now ?? new Date();
  if (!isSameOriginPing(ping.headers) || !isCountable(ping.headers)) return "ignored";
  const admitted = await gate.admit(ping.ip, ping.storyId, now);
  if (admitted === "limited") return "limited";
  if (admitted === "capped") return "ignored";
  buffer.add(ping.storyId, readerHash(ping.ip, dayOf(now), ping.secret), now);
  return "counted";
}

export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export type PendingView = { storyId: string; day: string; reader: string; hour: string };

export class ViewBuffer {
  private pending = new Map<string, PendingView>();

  add(storyId: string, reader: string, now = new Date()): void {
    const day = dayOf(now);
    const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000).toISOString();
    // Duplicates inside one flush window collapse here; across windows the database decides.
    this.pending.set(`${storyId}|${day}|${reader}`, { storyId, day, reader, hour });
  }

  get size(): number {
    return this.pending.size;
  }

  /** Empties the buffer and returns what it held. */
  take(): PendingView[] {
    const batch = [...this.pending.values()];
    this.pending = new Map();
    return batch;
  }

  /** Puts back a batch whose hand-off failed, so the next one carries it. */
  restore(batch: PendingView[]): void {
    for (const p of batch) this.pending.set(`${p.storyId}|${p.day}|${p.reader}`, p);
  }

  /** Writes everything buffered now; returns how many new views were counted. */
  async flush(db: DbOrTx): Promise<number> {
    const batch = this.take();
    try {
      return await writeViews(db, batch);
    } catch (e) {
      this.restore(batch); // kept for the next flush rather than lost with the failed write
      throw e;
    }
  }
}

/** Writes one batch of views in one statement (the "count_views" job); returns the new views. */
export async function writeViews(db: DbOrTx, batch: PendingView[]): Promise<number> {
  if (batch.length === 0) return 0;
  const result = await db.execute<{ counted: number }>(sql`
      with input as (
        select * from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as x("storyId" uuid, day text, reader text, hour timestamptz)
      ), fresh as (
        insert into story_view_readers (story_id, day, reader)
        select i."storyId", i.day, i.reader from input i
        where exists (select 1 from stories s where s.id = i."storyId" and s.status = 'published')
        on conflict do nothing
        returning story_id, day, reader
      ), counted as (
        insert into story_views (story_id, hour, views)
        select f.story_id, i.hour, count(*) from fresh f
        join input i on i."storyId" = f.story_id and i.day = f.day and i.reader = f.reader
        group by f.story_id, i.hour
        on conflict (story_id, hour) do update set views = story_views.views + excluded.views
        returning views
      )
      select count(*)::int as counted from fresh`);
  return result.rows[0]?.counted ?? 0;
}

// One buffer per server process, on globalThis: the ping route (Next's bundle) fills it and the
// worker (lib/jobs/worker.ts) empties it, and /metrics reads its size.
const g = globalThis as unknown as { __datelineViews?: ViewBuffer };

export function processViewBuffer(): ViewBuffer {
  return (g.__datelineViews ??= new ViewBuffer());
}

/** Reader rows older than two days only ever stop duplicates that can no longer happen. */
export async function pruneReaders(db: Database, now = new Date()): Promise<void> {
  await db.execute(sql`delete from story_view_readers where day < ${dayOf(new Date(now.getTime() - 2 * 86_400_000))}`);
}
