// Keeps the parts of `npm run cluster` running (issue 20: one app server dying stopped nginx and
// the other server, and every reader was refused for 58 s). A part that exits is started again
// after a back-off — 1 s, 2 s, 4 s … up to 30 s, back to 1 s once it has run for a minute — so a
// crash loop (a broken build, a port taken) costs a line a while, not a spinning CPU; the
// front goes on serving from the other server and its cache meanwhile. systemd does the same
// in production (deploy/systemd/, Restart=always with RestartSec and StartLimit*).
import type { ChildProcess } from "node:child_process";

export const FIRST_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 30_000;
/** A part that ran this long before exiting is treated as healthy: its next restart is quick again. */
export const HEALTHY_AFTER_MS = 60_000;

/** The wait before restart number `failures + 1` in a row. */
export function restartDelay(failures: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, failures), MAX_DELAY_MS);
}

export type SupervisedPart = {
  readonly name: string;
  /** The running process, or the last one while a restart is pending. */
  child(): ChildProcess;
  running(): boolean;
  /** How many times it has been started again. */
  restarts(): number;
  /** No more restarts; resolves when the current process has exited (SIGKILL after 10 s). */
  stop(signal: NodeJS.Signals, kill?: (child: ChildProcess, signal: NodeJS.Signals) => void): Promise<void>;
};

export function supervise(
  name: string,
  start: () => ChildProcess,
  log: (line: string) => void,
  opts: { beforeRestart?: (previous: ChildProcess) => void } = {},
): SupervisedPart {
  let current = start();
  let stopping = false;
  let failures = 0;
  let startedAt = Date.now();
  let restarts = 0;
  let timer: NodeJS.Timeout | undefined;
  const alive = (c: ChildProcess) => c.exitCode === null && c.signalCode === null;

  const watch = (child: ChildProcess) => {
    child.once("exit", (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt >= HEALTHY_AFTER_MS) failures = 0;
      const delay = restartDelay(failures++);
      log(`${name} exited (${signal ?? `code ${code}`}); starting it again in ${delay / 1000} s`);
      timer = setTimeout(() => {
        if (stopping) return;
        opts.beforeRestart?.(child);
        current = start();
        startedAt = Date.now();
        restarts++;
        log(`${name} started again (pid ${current.pid})`);
        watch(current);
      }, delay);
    });
  };
  watch(current);

  return {
    name,
    child: () => current,
    running: () => alive(current),
    restarts: () => restarts,
    async stop(signal, kill = (c, s) => c.kill(s)) {
      stopping = true;
      clearTimeout(timer);
      const c = current;
      if (!alive(c)) return;
      kill(c, signal);
      await new Promise<void>((resolve) => {
        const hard = setTimeout(() => kill(c, "SIGKILL"), 10_000);
        c.once("exit", () => {
          clearTimeout(hard);
          resolve();
        });
      });
    },
  };
}
