import { type NextRequest } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { env } from "@/lib/env";
import { getDb } from "@/db";
import { isUuid, readTextCapped } from "@/lib/http";
import { dayOf, FLUSH_MS, isCountable, pruneReaders, readerHash, ViewBuffer } from "@/lib/views";

// One buffer per server process, flushed on a timer (see lib/views.ts).
const globalForViews = globalThis as unknown as { __datelineViews?: ViewBuffer };
function buffer(): ViewBuffer {
  if (!globalForViews.__datelineViews) {
    const b = new ViewBuffer();
    globalForViews.__datelineViews = b;
    let flushes = 0;
    setInterval(() => {
      b.flush(getDb())
        .then(() => (++flushes % 1800 === 0 ? pruneReaders(getDb()) : undefined))
        .catch((e: unknown) => console.error(`[views] flush failed: ${e instanceof Error ? e.message : e}`));
    }, FLUSH_MS).unref();
  }
  return globalForViews.__datelineViews;
}

/** A page view ping (sendBeacon from the article page). Always 204: nothing to tell a client. */
export async function POST(req: NextRequest): Promise<Response> {
  const storyId = ((await readTextCapped(req, 128)) ?? "").trim();
  if (isUuid(storyId) && isCountable(req.headers)) {
    const secret = env().AUTH_SECRET ?? "dateline";
    buffer().add(storyId, readerHash(clientIp(req.headers), req.headers.get("user-agent") ?? "", dayOf(new Date()), secret));
  }
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
