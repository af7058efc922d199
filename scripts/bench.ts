// `npm run bench [-- editor]`: benchmarks against the production server on loopback.
// Prints a table and writes bench-results/<section>.json. Figures, not pass/fail.
import "./lib/load-env"; // first: .env files before anything reads the environment
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchEditor } from "./bench/editor";
import { benchLighthouse } from "./bench/lighthouse";
import { benchLists } from "./bench/lists";
import { benchMedia } from "./bench/media";
import { benchOrigin } from "./bench/origin";
import { benchQueue } from "./bench/queue";
import { benchReader } from "./bench/reader";
import { benchSearch } from "./bench/search";
import { startServer } from "./bench/server";
import { benchSpike } from "./bench/spike";

const SECTIONS = ["editor", "lists", "reader", "media", "lighthouse", "spike", "search", "origin", "queue"] as const;
// The spike runs its own cluster (two app servers, Redis, nginx), search and queue their own database;
// the others share one server.
const DEFAULT_SECTIONS: readonly string[] = SECTIONS;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const storiesFlag = args.indexOf("--stories");
  const stories = storiesFlag >= 0 ? Number(args[storiesFlag + 1]) : undefined;
  if (stories !== undefined && (!Number.isInteger(stories) || stories < 1))
    throw new Error("--stories needs a positive whole number");
  const wanted = args.filter((a, i) => !a.startsWith("-") && args[i - 1] !== "--stories");
  const sections = wanted.length ? wanted : DEFAULT_SECTIONS;
  for (const s of sections)
    if (!(SECTIONS as readonly string[]).includes(s))
      throw new Error(`unknown benchmark "${s}"; sections: ${SECTIONS.join(", ")}`);
  fs.mkdirSync("bench-results", { recursive: true });
  const write = (section: string, results: unknown) => {
    const record = { section, at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, results };
    fs.writeFileSync(path.join("bench-results", `${section}.json`), JSON.stringify(record, null, 2) + "\n");
    console.log(`\n${section}`);
    console.table(results);
  };
  if (sections.includes("spike")) {
    process.stderr.write("[bench] starting two app servers, Redis and the nginx front…\n");
    write("spike", await benchSpike({ readers: 500, seconds: 30, everyMs: 5_000 }));
  }
  if (sections.includes("search")) write("search", await benchSearch({ stories: stories ?? 100_000, rounds: 15 }));
  if (sections.includes("queue")) write("queue", await benchQueue({ pings: 40, emails: 1_000 }));
  const rest = sections.filter((s) => s !== "spike" && s !== "search" && s !== "queue");
  if (rest.length === 0) return;
  process.env.E2E_BROWSER ??= ["/usr/bin/chromium", process.env.CHROMIUM_PATH].find((p) => p && fs.existsSync(p));
  process.stderr.write("[bench] starting the production server…\n");
  const server = await startServer();
  try {
    for (const section of rest) {
      const results =
        section === "media"
          ? await benchMedia(server, { images: 6 })
          : section === "lighthouse"
            ? await benchLighthouse(server)
            : section === "editor"
              ? await benchEditor(server, { saves: 50, keystrokes: 100 })
              : section === "lists"
                ? await benchLists(server, { stories: stories ?? 100_000 })
                : section === "origin"
                  ? await benchOrigin(server, { connections: 32, seconds: 10, rounds: 2 })
                  : await benchReader(server, { stories: stories ?? 10_000, seconds: 10 });
      write(section, results);
    }
  } finally {
    await server.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
