// View counting without trackers or cookies: the article page pings once per page view; the
// server drops bots and prefetches, turns the reader into a salted daily hash, and buffers.
// A flush every few seconds writes the whole buffer in one transaction, so a traffic spike
// costs a few batched statements rather than a write per request. The reader table makes
// "one view per reader per story per day" hold across processes.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "@/db";

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

/** A reader for today: not reversible to an IP without the secret, and different every day. */
export function readerHash(ip: string, userAgent: string, day: string, secret: string): string {
  return createHash("sha256").update(`${secret}|${day}|${ip}|${userAgent}`).digest("base64url").slice(0, 22);
}

export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

type Pending = { storyId: string; day: string; reader: string; hour: string };

export class ViewBuffer {
  private pending = new Map<string, Pending>();

  add(storyId: string, reader: string, now = new Date()): void {
    const day = dayOf(now);
    const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000).toISOString();
    // Duplicates inside one flush window collapse here; across windows the database decides.
    this.pending.set(`${storyId}|${day}|${reader}`, { storyId, day, reader, hour });
  }

  get size(): number {
    return this.pending.size;
  }

  /** Writes everything buffered; returns how many new views were counted. */
  async flush(db: Database): Promise<number> {
    if (this.pending.size === 0) return 0;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    const rows = JSON.stringify(batch);
    let result;
    try {
      result = await db.execute<{ counted: number }>(sql`
      with input as (
        select * from jsonb_to_recordset(${rows}::jsonb) as x("storyId" uuid, day text, reader text, hour timestamptz)
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
    } catch (e) {
      // Keep the views for the next flush rather than losing them with the failed write.
      for (const p of batch) this.pending.set(`${p.storyId}|${p.day}|${p.reader}`, p);
      throw e;
    }
    return result.rows[0]?.counted ?? 0;
  }
}

/** Reader rows older than two days only ever stop duplicates that can no longer happen. */
export async function pruneReaders(db: Database, now = new Date()): Promise<void> {
  await db.execute(sql`delete from story_view_readers where day < ${dayOf(new Date(now.getTime() - 2 * 86_400_000))}`);
}
