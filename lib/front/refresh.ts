// Replaces the front's copies of changed addresses: each variant the index recorded is asked of
// every front again with the refresh secret, which makes nginx fetch it from the app servers and
// store the answer over the old copy — a 410 or a 404 as well as a new page. Twice: at once (a
// change shows within a second) and after the app servers' own second expiry
// (lib/cache/invalidate.ts, REPEAT_AFTER_MS), which catches a render that read the database just
// before the change and stored its page just after.
import http from "node:http";
import https from "node:https";
import type { FrontIndex, Variant } from "./index-store";

export const FIRST_WAVE_MS = 250;
export const SECOND_WAVE_MS = 2_000;
/** Requests in flight to the fronts at once, so a settings change does not flood them. */
const PARALLEL = 8;
const TIMEOUT_MS = 10_000;

export type Refresher = { refresh(keys: string[]): Promise<{ sent: number; failed: number }> };

function send(front: URL, v: Variant, secret: string): Promise<boolean> {
  const headers: Record<string, string> = { Host: v.host, "X-Dateline-Refresh": secret, ...v.rsc };
  if (v.encoding) headers["Accept-Encoding"] = v.encoding;
  const lib = front.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const req = lib.request(
      {
        host: front.hostname,
        port: front.port || (front.protocol === "https:" ? 443 : 80),
        method: "GET",
        path: v.uri,
        headers,
        timeout: TIMEOUT_MS,
        // Its own connection: a front's answer must never be held up behind a reader's.
        agent: false,
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve((res.statusCode ?? 500) < 500));
        res.on("error", () => resolve(false));
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve(false));
    req.end();
  });
}

export function refresher(fronts: string[], secret: string, index: FrontIndex): Refresher {
  const urls = fronts.map((f) => new URL(f));
  return {
    async refresh(keys) {
      const variants = await index.variants(keys);
      const jobs = urls.flatMap((u) => variants.map((v) => () => send(u, v, secret)));
      let sent = 0;
      let failed = 0;
      const worker = async () => {
        for (let job = jobs.shift(); job; job = jobs.shift()) {
          if (await job()) sent++;
          else failed++;
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL, jobs.length) }, worker));
      return { sent, failed };
    },
  };
}
