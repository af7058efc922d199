// How long a request waited for the process before its handler ran. Node gives no arrival time
// per request (the socket is read in C++), so this measures what makes a request wait: how far
// the event loop is behind a timer it set to fire every `periodMs`. A request handled while a
// 40 ms render holds the loop shows up to ~40 ms; on an idle server it is under a millisecond.
export type LoopLag = {
  /** Milliseconds the loop is overdue at `now` (0 when it is keeping up). */
  behind(now?: number): number;
  stop(): void;
};

export function loopLag(periodMs = 10): LoopLag {
  let due = performance.now() + periodMs;
  let timer: NodeJS.Timeout;
  const tick = () => {
    due = performance.now() + periodMs;
    timer = setTimeout(tick, periodMs).unref();
  };
  timer = setTimeout(tick, periodMs).unref();
  return {
    behind: (now = performance.now()) => Math.max(0, now - due),
    stop: () => clearTimeout(timer),
  };
}
