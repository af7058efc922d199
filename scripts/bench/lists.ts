// Dashboard story lists at scale: inserts N stories straight into the server's database,
// then times the list page over HTTP — the first page, and paging deep with the cursor.
import pg from "pg";
import { ensureDatabase } from "@/db/embedded";
import { percentile, signInCookie, type BenchServer } from "./server";

async function seed(server: BenchServer, stories: number): Promise<void> {
  const { url } = await ensureDatabase({ dataDir: server.dataDir }); // reuses the running server
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `insert into stories (slug, headline, standfirst, status, created_by_id, section_id, updated_at)
       select 'bench-' || g, 'Benchmark story number ' || g, 'Standfirst ' || g,
              (array['draft','in_review','published','scheduled'])[1 + g % 4]::story_status,
              (select id from users order by email limit 1 offset g % 3),
              (select id from sections order by position limit 1 offset g % 5),
              now() - (g || ' seconds')::interval
         from generate_series(1, $1::int) g`,
      [stories],
    );
    await client.query("analyze stories");
  } finally {
    await client.end();
  }
}

async function timed(url: string, cookie: string): Promise<{ ms: number; html: string }> {
  const started = performance.now();
  const r = await fetch(url, { headers: { Cookie: cookie } });
  const html = await r.text();
  if (!r.ok) throw new Error(`${url} answered ${r.status}`);
  return { ms: performance.now() - started, html };
}

export async function benchLists(server: BenchServer, opts: { stories: number }): Promise<Record<string, number>> {
  await seed(server, opts.stories);
  const cookie = await signInCookie(server, "editor");
  const first: number[] = [];
  const deep: number[] = [];
  const search: number[] = [];
  for (let i = 0; i < 25; i++) first.push((await timed(`${server.baseUrl}/dashboard/stories?tab=all`, cookie)).ms);
  // Follow "Next page" 40 times (1,000 stories deep), timing each page.
  let url = `${server.baseUrl}/dashboard/stories?tab=all`;
  for (let i = 0; i < 40; i++) {
    const { ms, html } = await timed(url, cookie);
    if (i > 0) deep.push(ms);
    const next = /href="([^"]*after=[^"]*)"[^>]*>Next page/.exec(html)?.[1];
    if (!next) break;
    url = new URL(next.replaceAll("&amp;", "&"), server.baseUrl).toString();
  }
  for (let i = 0; i < 15; i++)
    search.push((await timed(`${server.baseUrl}/dashboard/stories?tab=all&q=number+${1000 + i * 37}`, cookie)).ms);
  return {
    stories: opts.stories,
    first_page_p50_ms: round(percentile(first, 50)),
    first_page_p95_ms: round(percentile(first, 95)),
    deep_pages_p50_ms: round(percentile(deep, 50)),
    deep_pages_p95_ms: round(percentile(deep, 95)),
    headline_search_p50_ms: round(percentile(search, 50)),
    headline_search_p95_ms: round(percentile(search, 95)),
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
