// The origin's cost per cached article against a public file of the same server (issue 18, part
// 3): wrk with 32 connections on loopback, the demo newsroom's newest English article (rewritten
// HTML-first, from the page cache and the server's cache of rewritten pages) against
// public/humans.txt, first without Accept-Encoding, then with gzip as browsers send it. The two
// alternate, twice each, so a change in the machine's load hits both.
import { execFile } from "node:child_process";
import os from "node:os";
import { promisify } from "node:util";
import pg from "pg";
import { ensureDatabase } from "@/db/embedded";
import type { BenchServer } from "./server";

const run = promisify(execFile);

export type WrkResult = { rps: number; p50Ms: number; p99Ms: number; errors: number };

async function wrkInstalled(): Promise<void> {
  await run("wrk", ["--version"]).catch((e: { code?: string; stdout?: string }) => {
    // wrk prints its version and exits 1; only a missing binary is a problem.
    if (e.code === "ENOENT")
      throw new Error("wrk is not installed: `apt-get install -y wrk` (Debian), then run the benchmark again");
  });
}

const ms = (s: string) => {
  const m = /([\d.]+)(us|ms|s)/.exec(s);
  if (!m) return NaN;
  return Number(m[1]) * (m[2] === "us" ? 0.001 : m[2] === "s" ? 1000 : 1);
};

/** One wrk run; its text output read for requests/s, latency percentiles and errors. */
export async function wrk(url: string, o: { connections: number; seconds: number; gzip: boolean }): Promise<WrkResult> {
  const args = ["-t2", `-c${o.connections}`, `-d${o.seconds}s`, "--latency"];
  if (o.gzip) args.push("-H", "Accept-Encoding: gzip");
  const { stdout } = await run("wrk", [...args, url], { maxBuffer: 1 << 20 });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
  const errors = non2xx + (socket ? socket.slice(1).reduce((n, v) => n + Number(v), 0) : 0);
  return {
    rps: Math.round(rps),
    p50Ms: ms(/50%\s+(\S+)/.exec(stdout)?.[1] ?? ""),
    p99Ms: ms(/99%\s+(\S+)/.exec(stdout)?.[1] ?? ""),
    errors,
  };
}

async function newestArticle(server: BenchServer): Promise<string> {
  const { url } = await ensureDatabase({ dataDir: server.dataDir });
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query(
      `select s.slug as section, st.slug from stories st join sections s on s.id = st.section_id
        where st.status = 'published' and s.edition = 'en' order by st.published_at desc limit 1`,
    );
    return `/${r.rows[0].section}/${r.rows[0].slug}`;
  } finally {
    await c.end();
  }
}

export async function benchOrigin(
  server: BenchServer,
  opts: { connections: number; seconds: number; rounds: number },
): Promise<Record<string, number | string>> {
  await wrkInstalled();
  const article = server.baseUrl + (await newestArticle(server));
  const file = `${server.baseUrl}/humans.txt`;
  const out: Record<string, number | string> = { connections: opts.connections, seconds: opts.seconds };
  for (const gzip of [false, true]) {
    const label = gzip ? "gzip" : "plain";
    // fetch asks for gzip by itself unless told otherwise.
    const check = await fetch(article, { headers: { "Accept-Encoding": gzip ? "gzip" : "identity" } });
    if (!check.ok) throw new Error(`${article} answered ${check.status}`);
    out[`article_bytes_${label}`] = Number(check.headers.get("content-length"));
    await wrk(article, { connections: opts.connections, seconds: 2, gzip }); // warm-up
    const a: WrkResult[] = [];
    const f: WrkResult[] = [];
    const load: number[] = [os.loadavg()[0]!];
    for (let i = 0; i < opts.rounds; i++) {
      a.push(await wrk(article, { ...opts, gzip }));
      f.push(await wrk(file, { ...opts, gzip }));
      load.push(os.loadavg()[0]!);
    }
    const mean = (xs: WrkResult[]) => Math.round(xs.reduce((n, x) => n + x.rps, 0) / xs.length);
    out[`article_rps_${label}`] = mean(a);
    out[`file_rps_${label}`] = mean(f);
    out[`article_p99_ms_${label}`] = Math.max(...a.map((x) => x.p99Ms));
    out[`article_to_file_${label}`] = Math.round((mean(a) / mean(f)) * 1000) / 1000;
    out[`rounds_${label}`] = a.map((x, i) => `${x.rps}/${f[i]!.rps}`).join(", ");
    out[`load_1min_${label}`] = load.map((l) => l.toFixed(1)).join(" → ");
    out[`errors_${label}`] = [...a, ...f].reduce((n, x) => n + x.errors, 0);
  }
  return out;
}
