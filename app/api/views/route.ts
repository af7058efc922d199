import { type NextRequest } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { env } from "@/lib/env";
import { getDb } from "@/db";
import { viewCount } from "@/db/queries/views";
import { isUuid, readTextCapped } from "@/lib/http";
import { logLine } from "@/lib/observe/shared";
import { sharedCounters } from "@/lib/shared-counters";
import { acceptPing, FLUSH_MS, pruneReaders, ReaderGate, ViewBuffer } from "@/lib/views";

// One buffer per server process, flushed on a timer (see lib/views.ts).
const globalForViews = globalThis as unknown as { __datelineViews?: ViewBuffer; __datelineReaderGate?: ReaderGate };
function gate(): ReaderGate {
  return (globalForViews.__datelineReaderGate ??= new ReaderGate(sharedCounters()));
}
function buffer(): ViewBuffer {
  if (!globalForViews.__datelineViews) {
    const b = new ViewBuffer();
    globalForViews.__datelineViews = b;
    let flushes = 0;
    setInterval(() => {
      b.flush(getDb())
        .then(() => (++flushes % 1800 === 0 ? pruneReaders(getDb()) : undefined))
        .catch((e: unknown) => logLine("error", `[views] flush failed: ${e instanceof Error ? e.message : e}`));
    }, FLUSH_MS).unref();
  }
  return globalForViews.__datelineViews;
}

// The totals the pings answer with, per story, no older than one flush: a busy article costs one
// count query per flush interval, not one per reader.
const totals = new Map<string, { views: number; at: number }>();

async function currentViews(storyId: string): Promise<number> {
  const hit = totals.get(storyId);
  if (hit && Date.now() - hit.at < FLUSH_MS) return hit.views;
  const views = await viewCount(storyId);
  if (totals.size > 10_000) totals.clear();
  totals.set(storyId, { views, at: Date.now() });
  return views;
}

/**
 * A page view ping from the article page. Answers the story's current total (as of the last
 * flush), which the page shows in place of the number in its cached HTML.
 */
export async function POST(req: NextRequest): Promise<Response> {
  const storyId = ((await readTextCapped(req, 128)) ?? "").trim();
  if (!isUuid(storyId)) return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  const outcome = await acceptPing(
    { headers: req.headers, ip: clientIp(req.headers), storyId, secret: env().AUTH_SECRET ?? "dateline" },
    gate(),
    buffer(),
  );
  // A lost ping loses one view, never the page (components/site/view-ping.tsx ignores this).
  if (outcome === "limited")
    return new Response(null, { status: 429, headers: { "Cache-Control": "no-store", "Retry-After": "60" } });
  const views = await currentViews(storyId).catch(() => null);
  if (views === null) return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  return Response.json({ views }, { headers: { "Cache-Control": "no-store" } });
}
