// Reader-site benchmarks: a corpus of published stories, then autocannon on loopback against
// an article and the home page (from the page cache, and rendered per request with the cache
// bypassed), the colophon (a page that needs no data: the yardstick for "served from cache"),
// a static file, and search; and publish-to-visible latency.
import autocannon from "autocannon";
import pg from "pg";
import { ensureDatabase } from "@/db/embedded";
import { percentile, signInCookie, type BenchServer } from "./server";

const TERMS = [
  "monsoon",
  "metro",
  "cricket",
  "garments",
  "ferry",
  "budget",
  "hilsa",
  "exhibition",
  "carpenters",
  "flood",
  "zzzunknown",
  "rickshaw",
];

async function seedCorpus(server: BenchServer, n: number): Promise<{ articlePath: string }> {
  const { url } = await ensureDatabase({ dataDir: server.dataDir });
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(
      `with ins as (
         insert into stories (slug, headline, standfirst, body_html, body_text, status, created_by_id, section_id, published_at, first_published_at)
         select 'corpus-' || g, 'Corpus story ' || g || ' on the ' || (array['monsoon','metro','budget','ferry','market'])[1 + g % 5],
                'A standfirst for story ' || g, '<p>Body of story ' || g || ' about rickshaw fares and the river.</p>',
                'Body of story ' || g || ' about rickshaw fares and the river.',
                'published', (select id from users order by email limit 1), (select id from sections order by position limit 1 offset g % 5),
                now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
           from generate_series(1, $1::int) g
         returning id)
       insert into story_authors (story_id, author_id, position) select id, (select id from authors order by slug limit 1), 0 from ins`,
      [n],
    );
    await c.query("analyze");
    const r = await c.query(
      `select s.slug as section, st.slug from stories st join sections s on s.id = st.section_id where st.slug = 'corpus-1'`,
    );
    return { articlePath: `/${r.rows[0].section}/${r.rows[0].slug}` };
  } finally {
    await c.end();
  }
}

async function load(
  url: string,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const r = await autocannon({ url, connections: 10, duration: seconds, headers });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

async function publishToVisible(server: BenchServer): Promise<number[]> {
  const cookie = await signInCookie(server, "editor");
  const { url } = await ensureDatabase({ dataDir: server.dataDir });
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const sectionId = (await c.query("select id from sections order by position limit 1")).rows[0].id as string;
  const sectionSlug = (await c.query("select slug from sections order by position limit 1")).rows[0].slug as string;
  const authorId = (await c.query("select id from authors order by slug limit 1")).rows[0].id as string;
  await c.end();
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const created = await fetch(`${server.baseUrl}/api/stories`, {
      method: "POST",
      redirect: "manual",
      headers: { Cookie: cookie, Origin: server.baseUrl },
    });
    const id = created.headers.get("location")!.split("/").pop()!;
    const slug = `visible-${Date.now()}-${i}`;
    const fields = {
      headline: `Visible ${i}`,
      standfirst: "",
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Fresh text ${slug}` }] }] },
      sectionId,
      topicIds: [],
      authorIds: [authorId],
      slug,
      seoTitle: "",
      seoDescription: "",
      breaking: false,
    };
    const post = (path: string, method: string, body: unknown) =>
      fetch(`${server.baseUrl}${path}`, {
        method,
        headers: { Cookie: cookie, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<{ version: number }>);
    let v = (await post(`/api/stories/${id}`, "PUT", { version: 1, kind: "save", fields })).version;
    v = (await post(`/api/stories/${id}/transition`, "POST", { action: "submit", version: v })).version;
    // Readers already hold the pages in the cache: the home page, and the address itself (a 404
    // until now). Visible means both show the story.
    const articleUrl = `${server.baseUrl}/${sectionSlug}/${slug}`;
    await Promise.all([fetch(articleUrl).then((r) => r.text()), fetch(`${server.baseUrl}/`).then((r) => r.text())]);
    const started = performance.now();
    await post(`/api/stories/${id}/transition`, "POST", { action: "publish", version: v });
    for (;;) {
      const [page, home] = await Promise.all([
        fetch(articleUrl).then((r) => (r.ok ? r.text() : "")),
        fetch(`${server.baseUrl}/`).then((r) => r.text()),
      ]);
      if (page.includes(`Fresh text ${slug}`) && home.includes(`Visible ${i}</a>`)) break;
      if (performance.now() - started > 30_000) throw new Error("a published story did not appear within 30 s");
      await new Promise((res) => setTimeout(res, 100));
    }
    times.push(performance.now() - started);
  }
  return times;
}

/**
 * The cookie of Next's draft mode, from /api/preview: pages render per request, past the cache.
 * With the session beside it: scripts/serve.ts ignores the draft-mode cookie on its own.
 */
async function bypassCookie(server: BenchServer): Promise<string> {
  const session = await signInCookie(server, "editor");
  const r = await fetch(`${server.baseUrl}/api/preview`, { redirect: "manual", headers: { Cookie: session } });
  const cookie = r.headers.getSetCookie().find((c) => c.startsWith("__prerender_bypass="));
  if (!cookie) throw new Error("/api/preview did not turn draft mode on");
  return `${session}; ${cookie.split(";")[0]!}`;
}

export async function benchReader(
  server: BenchServer,
  opts: { stories: number; seconds: number },
): Promise<Record<string, number>> {
  const { articlePath } = await seedCorpus(server, opts.stories);
  const base = server.baseUrl;
  const bypass = { Cookie: await bypassCookie(server) };
  for (const path of [articlePath, "/", "/colophon"]) await load(`${base}${path}`, 2); // warm up (and fill the cache)
  const article = await load(`${base}${articlePath}`, opts.seconds);
  const colophon = await load(`${base}/colophon`, opts.seconds);
  const home = await load(`${base}/`, opts.seconds);
  const file = await load(`${base}/humans.txt`, opts.seconds);
  const articleBypass = await load(`${base}${articlePath}`, opts.seconds, bypass);
  const homeBypass = await load(`${base}/`, opts.seconds, bypass);
  const bytes = async (path: string) => (await fetch(`${base}${path}`).then((r) => r.arrayBuffer())).byteLength;
  const search: number[] = [];
  for (let i = 0; i < 60; i++) {
    const started = performance.now();
    await fetch(`${base}/search?q=${encodeURIComponent(TERMS[i % TERMS.length]!)}`).then((r) => r.text());
    search.push(performance.now() - started);
  }
  const visible = await publishToVisible(server);
  return {
    stories: opts.stories,
    article_rps: article.rps,
    article_p50_ms: article.p50,
    article_p99_ms: article.p99,
    article_bytes: await bytes(articlePath),
    article_bypass_rps: articleBypass.rps,
    article_bypass_p50_ms: articleBypass.p50,
    article_bypass_p99_ms: articleBypass.p99,
    home_rps: home.rps,
    home_p50_ms: home.p50,
    home_p99_ms: home.p99,
    home_bypass_rps: homeBypass.rps,
    home_bypass_p50_ms: homeBypass.p50,
    colophon_rps: colophon.rps,
    colophon_p50_ms: colophon.p50,
    colophon_bytes: await bytes("/colophon"),
    public_file_rps: file.rps,
    article_to_colophon_ratio: Math.round((article.rps / colophon.rps) * 1000) / 1000,
    article_to_file_ratio: Math.round((article.rps / file.rps) * 1000) / 1000,
    search_p50_ms: Math.round(percentile(search, 50)),
    search_p95_ms: Math.round(percentile(search, 95)),
    publish_to_visible_median_ms: Math.round(percentile(visible, 50)),
    publish_to_visible_p95_ms: Math.round(percentile(visible, 95)),
    errors: article.errors + home.errors + file.errors + colophon.errors + articleBypass.errors + homeBypass.errors,
  };
}
