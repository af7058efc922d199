import { type NextRequest } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { env } from "@/lib/env";
import { viewCount } from "@/db/queries/views";
import { isUuid, readTextCapped } from "@/lib/http";
import { sharedCounters } from "@/lib/shared-counters";
import { acceptPing, FLUSH_MS, processViewBuffer, ReaderGate } from "@/lib/views";

// One gate per server process; the buffer is the process's own (lib/views.ts), handed to the job
// queue every few seconds and on shutdown by the worker (lib/jobs/worker.ts).
const globalForViews = globalThis as unknown as { __datelineReaderGate?: ReaderGate };
function gate(): ReaderGate {
  return (globalForViews.__datelineReaderGate ??= new ReaderGate(sharedCounters()));
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
    processViewBuffer(),
  );
  // A lost ping loses one view, never the page (components/site/view-ping.tsx ignores this).
  if (outcome === "limited")
    return new Response(null, { status: 429, headers: { "Cache-Control": "no-store", "Retry-After": "60" } });
  const views = await currentViews(storyId).catch(() => null);
  if (views === null) return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  return Response.json({ views }, { headers: { "Cache-Control": "no-store" } });
}
