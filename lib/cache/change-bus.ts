// Tells every app server that public content changed, over Redis pub/sub (DATELINE_REDIS_URL).
// The page cache itself is shared in Redis and needs no message (lib/cache/cache-handler.mjs);
// what each process keeps for itself is the set of gone addresses the HTTP server checks before
// every article request (lib/gone-addresses.ts). A message makes every process reload it on its
// next article request, so a takedown answers 410 on every server within milliseconds rather
// than at the 30-second background refresh. Without Redis there is one process and nothing to tell.
import { createClient } from "redis";
import { markGoneChanged } from "@/lib/gone-addresses";
import { reportRedis } from "@/lib/observe/health";
import { channel, installBus, type Bus } from "./announce";

/** Starts the bus in this process; resolves once subscribed, or at once if Redis is away (it keeps trying). */
export async function startChangeBus(
  url: string,
  namespace: string,
  log: (line: string) => void = console.error,
): Promise<Bus> {
  const options = {
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2_000) },
  };
  const pub = createClient(options);
  const sub = createClient(options);
  let down = false;
  let subscribed = false;
  const subscribe = () => {
    if (subscribed || !sub.isReady) return;
    subscribed = true;
    // node-redis re-subscribes by itself after a reconnect, once a subscription exists.
    sub
      .subscribe(channel(namespace), () => markGoneChanged())
      .catch(() => {
        subscribed = false;
      });
  };
  sub.on("ready", subscribe);
  for (const client of [pub, sub]) {
    client.on("error", (e: Error & { code?: string }) => {
      if (down) return;
      down = true;
      reportRedis("bus", true, e.code ?? e.message);
      log(
        `[bus] Redis unavailable (${e.code ?? e.message}); degraded until it is back: gone addresses reloaded every second`,
      );
    });
    client.on("ready", () => {
      if (!down || !pub.isReady || !sub.isReady) return;
      down = false;
      reportRedis("bus", false);
      // Messages sent while we were away are lost: reload as if one had arrived.
      markGoneChanged();
      log("[bus] Redis is back; change messages flow again");
    });
  }
  // With Redis away, connect() retries until it is back: the server starts without waiting.
  await Promise.race([
    Promise.all([pub.connect(), sub.connect()]).catch(() => {}),
    new Promise((r) => setTimeout(r, 2_000)),
  ]);
  subscribe();
  const bus: Bus = {
    announce() {
      if (pub.isReady) pub.publish(channel(namespace), String(process.pid)).catch(() => {});
    },
    async close() {
      await Promise.allSettled([pub.close(), sub.close()]);
    },
  };
  installBus(bus);
  return bus;
}
