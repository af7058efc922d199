// Reader search at archive size, English and Bangla in one run (`npm run bench -- search
// [--stories N]`): a database of N published stories, half of them in Bengali with inflected
// words and both spellings of য়, then the real searchStories(, "en") timed for each kind of query.
// Run in a child process with the react-server condition, as the page runs it.
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ENGLISH = ["monsoon", "metro", "budget", "ferry", "rickshaw fares", "zzzunknown"];
// Stems, inflected forms, the other spelling of য়, and a word in no story.
const BANGLA = ["মেট্রোরেল", "ঢাকায়", "ঢাকা\u09DF", "বাজেটের", "লঞ্চ", "নদীতে", "অজানাশব্দ"];

export type SearchBench = Record<string, number | string>;

export async function benchSearch(opts: { stories: number; rounds: number }): Promise<SearchBench> {
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", self, "--child", String(opts.stories), String(opts.rounds)],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out) as SearchBench) : reject(new Error(`search bench exited ${code}`)),
    );
  });
}

async function child(stories: number, rounds: number): Promise<void> {
  const { ensureDatabase } = await import("@/db/embedded");
  const { createDb, setDb, TOOL_DB_TIMEOUTS } = await import("@/db");
  const { runMigrations } = await import("@/db/migrate");
  const { searchStories } = await import("@/db/queries/search");
  const { percentile } = await import("./server");
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-bench-search-"));
  const handle = await ensureDatabase({ dataDir, databaseUrl: process.env.DATABASE_URL });
  const { db, pool } = createDb(handle.url, 4, TOOL_DB_TIMEOUTS);
  setDb(db);
  try {
    await runMigrations(db);
    process.stderr.write(`[bench] seeding ${stories} stories…\n`);
    await pool.query(
      `insert into users (email, name, password_hash) values ('bench@example.com', 'Bench', 'x');
       insert into sections (slug, name, position) select 's' || g, 'Section ' || g, g from generate_series(1, 5) g;`,
    );
    // Odd stories in English, even ones in Bengali; one in three Bengali ones spells য় as one code point.
    await pool.query(
      `insert into stories (slug, headline, standfirst, body_text, status, created_by_id, section_id, published_at, first_published_at)
       select 'corpus-' || g,
              case when g % 2 = 1
                then 'Corpus story ' || g || ' on the ' || (array['monsoon','metro','budget','ferry','market'])[1 + g % 5]
                else (array['মেট্রোরেলের','বাজেটে','লঞ্চের','বাজারের','নদীর'])[1 + g % 5] || ' খবর ' || g || ' '
                     || case when g % 3 = 0 then 'ঢাকা' || U&'\\09DF' else 'ঢাকায়' end end,
              case when g % 2 = 1 then 'A standfirst for story ' || g else 'প্রতিবেদন ' || g || ' এর সারাংশ' end,
              case when g % 2 = 1 then 'Body of story ' || g || ' about rickshaw fares and the river.'
                else 'নদীতে লঞ্চ চলাচল ও রিকশা ভাড়া নিয়ে প্রতিবেদন ' || g || '। যাত্রীরা নতুন সময়সূচির অপেক্ষায়।' end,
              'published', (select id from users limit 1), (select id from sections order by position limit 1 offset g % 5),
              now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
         from generate_series(1, $1::int) g`,
      [stories],
    );
    await pool.query("analyze stories");
    const time = async (terms: string[]) => {
      const ms: number[] = [];
      for (let r = 0; r < rounds; r++)
        for (const q of terms) {
          const started = performance.now();
          await searchStories(q, 1 + (r % 3), "en");
          ms.push(performance.now() - started);
        }
      return ms;
    };
    await time([...ENGLISH, ...BANGLA]); // warm
    const en = await time(ENGLISH);
    const bn = await time(BANGLA);
    const matches = (await searchStories("মেট্রোরেল", 1, "en")).total;
    process.stdout.write(
      JSON.stringify({
        stories,
        searches_each: en.length,
        english_p50_ms: Math.round(percentile(en, 50)),
        english_p95_ms: Math.round(percentile(en, 95)),
        bangla_p50_ms: Math.round(percentile(bn, 50)),
        bangla_p95_ms: Math.round(percentile(bn, 95)),
        bangla_to_english_p95: (percentile(bn, 95) / percentile(en, 95)).toFixed(2),
        মেট্রোরেল_matches: matches,
      }),
    );
  } finally {
    await pool.end();
    await handle.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") {
  child(Number(process.argv[3]), Number(process.argv[4])).catch((e: unknown) => {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
