// `npm test [-- phase…] [--jobs N]`: every check of the project, timed. The type check, format
// check, lint, unit tests and the production build need nothing from each other, so they run
// together, N at a time (TEST_JOBS, by default the machine's cores); then the end-to-end tests
// beside the integration tests, then the integration tests that must run alone. Every phase is an
// npm script of its own and still runs by itself. Stops after a group with a failure, and repeats
// the end of the failed output under the table.
import os from "node:os";
import { logPhase, printTable, runPhases, tail, type Phase, type PhaseResult } from "./lib/phases";

// Longest first within a group, so the short ones fill in beside it. "build" is what the
// integration tests' app servers and the e2e run need; building it here lets it overlap the checks.
// The integration files run beside the e2e run: many of them wait on timers and servers, and the
// e2e run fills that time (together 2.5 min less than one after the other). The few that promise
// times a busy neighbour would break (tests/integration/serial.ts's ALONE) run last, by themselves.
const GROUPS: [name: string, script: string, args?: string[]][][] = [
  [
    ["build", "build:if-needed"],
    ["typecheck", "typecheck"],
    ["lint", "lint"],
    ["unit", "test:unit"],
    ["format", "format:check"],
  ],
  [
    ["e2e", "test:e2e"],
    ["integration", "test:integration", ["--except-alone"]],
  ],
  [["integration (alone)", "test:integration", ["--alone"]]],
];

function parseArgs(argv: string[]): { only: Set<string>; jobs: number } {
  let jobs = Number(process.env.TEST_JOBS) || os.availableParallelism();
  const only = new Set<string>();
  const known = new Set(GROUPS.flat().map(([name]) => name));
  // `npm test integration` means both halves of it.
  if (argv.includes("integration")) argv = [...argv, "integration (alone)"];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--jobs") jobs = Number(argv[++i]);
    else if (known.has(argv[i]!)) only.add(argv[i]!);
    else throw new Error(`unknown phase "${argv[i]}"; the phases are ${[...known].join(", ")}`);
  }
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error("--jobs wants a whole number of at least 1");
  return { only, jobs };
}

async function main(): Promise<void> {
  const started = performance.now();
  const { only, jobs } = parseArgs(process.argv.slice(2));
  const rows: (PhaseResult | { name: string; skipped: true })[] = [];
  let failed: PhaseResult[] = [];
  for (const group of GROUPS) {
    const phases: Phase[] = group
      .filter(([name]) => only.size === 0 || only.has(name))
      .map(([name, script, args]) => ({
        name,
        command: "npm",
        args: ["run", "-s", script, ...(args ? ["--", ...args] : [])],
      }));
    if (phases.length === 0) continue;
    if (failed.length) {
      rows.push(...phases.map((p) => ({ name: p.name, skipped: true as const })));
      continue;
    }
    const names = phases.map((p) => p.name).join(", ");
    console.log(`\n══ ${names}${phases.length > 1 ? ` (${Math.min(jobs, phases.length)} at a time)` : ""}`);
    const results = await runPhases(phases, jobs);
    for (const r of results) logPhase(r.name, r.seconds, r.ok ? "ok" : "FAILED");
    rows.push(...results);
    failed = results.filter((r) => !r.ok);
  }
  printTable("npm test", rows, (performance.now() - started) / 1000);
  // A streamed phase's output is already on screen above; a failed one's end is repeated here.
  for (const r of failed)
    if (r.output) process.stdout.write(`\n── ${r.name} FAILED; its last lines:\n${tail(r.output)}`);
  process.exitCode = failed.length ? 1 : 0;
}

main().catch((e: unknown) => {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
