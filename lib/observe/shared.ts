// What code inside Next's bundle (route handlers, the scheduler, cache expiry) tells the HTTP
// server's logger and metrics. The server (scripts/serve.ts, run by tsx) and Next's bundle are
// separate module graphs in one process, and pino and prom-client stay out of the bundle: the
// server installs an observer on globalThis (lib/observe/metrics.ts). Without one (tests,
// command-line tools) lines go to the console and counts nowhere.
export type Level = "info" | "warn" | "error";

export type Observer = {
  log(level: Level, msg: string): void;
  tagsExpired(count: number): void;
  /** A scheduled story went live, `lagSeconds` after its time. */
  scheduledPublished(lagSeconds: number): void;
  schedulerRan(): void;
  /** The signed-in user a request turned out to have (only staff sign in). */
  requestUser(requestId: string, userId: string): void;
};

/** Counts the server reads when it is scraped; each lives where it is kept. */
export type Gauges = {
  __datelineDbPool?: { totalCount: number; idleCount: number; waitingCount: number };
  __datelineMediaQueue?: () => { running: number; waiting: number };
  __datelineViews?: { size: number };
};

const g = globalThis as unknown as { __datelineObserver?: Observer } & Gauges;

export function observer(): Observer | undefined {
  return g.__datelineObserver;
}

export function installObserver(o: Observer): void {
  g.__datelineObserver = o;
}

export function gauges(): Gauges {
  return g;
}

/** One log line through the server's logger, or the console outside it. */
export function logLine(level: Level, msg: string): void {
  const o = g.__datelineObserver;
  if (o) o.log(level, msg);
  else console[level](msg);
}
