import { expect, test, type APIResponse } from "@playwright/test";

// The public content API as a partner's app sees it, against the seeded demo newsroom
// (34 published stories). Specs that run earlier in a full run may publish more, so counts are minimums.
const SEEDED = "Metro rail services halted on Uttara–Motijheel line after power fault";
const CACHE = "public, s-maxage=60, stale-while-revalidate=300";
const ISO_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;
const FORBIDDEN = ["password_hash", "email", "user_id", "created_by_id", "body_json", "body_text", "version", "status"];

type Link = { name: string; slug: string; url: string };
type Summary = {
  id: string;
  url: string;
  slug: string;
  headline: string;
  section: Link;
  bylines: Link[];
  topics: Link[];
  published_at: string;
  updated_at: string;
};
type Page = { data: Summary[]; next_cursor: string | null };

async function json<T>(response: APIResponse, status = 200): Promise<T> {
  expect(response.status(), response.url()).toBe(status);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  return (await response.json()) as T;
}

function keysDeep(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysDeep(v, into);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysDeep(v, into);
    }
  }
  return into;
}

test.describe("public content API v1", () => {
  test("lists every published story once, newest first, by following next_cursor", async ({ request, baseURL }) => {
    const first = await request.get("/api/v1/articles?limit=10");
    expect(first.headers()["cache-control"]).toBe(CACHE);
    const seen: Summary[] = [];
    let page = await json<Page>(first);
    for (let n = 0; ; n++) {
      expect(n).toBeLessThan(50);
      seen.push(...page.data);
      if (page.next_cursor === null) break;
      expect(page.data).toHaveLength(10);
      page = await json<Page>(
        await request.get(`/api/v1/articles?limit=10&cursor=${encodeURIComponent(page.next_cursor)}`),
      );
    }
    expect(seen.length).toBeGreaterThanOrEqual(34);
    expect(new Set(seen.map((s) => s.id)).size).toBe(seen.length);
    const times = seen.map((s) => new Date(s.published_at).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const metro = seen.find((s) => s.headline === SEEDED)!;
    expect(metro.url).toMatch(new RegExp(`^${baseURL}/city/metro-rail-services-halted-on-uttara`));
    expect(metro.section).toEqual({ name: "City", slug: "city", url: `${baseURL}/city` });
    expect(metro.bylines).toEqual([
      { name: "Nusrat Jahan Rimi", slug: "nusrat-jahan-rimi", url: `${baseURL}/authors/nusrat-jahan-rimi` },
    ]);
    expect(metro.published_at).toMatch(ISO_OFFSET);

    // The canonical URL is the real article page.
    const articlePage = await request.get(new URL(metro.url).pathname);
    expect(articlePage.status()).toBe(200);
    expect(await articlePage.text()).toContain("Metro rail services halted");
  });

  test("one article by id from the list, with body, topics and canonical URL; nothing internal", async ({
    request,
  }) => {
    const { data } = await json<Page>(await request.get("/api/v1/articles?section=city&limit=5"));
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((s) => s.section.slug === "city")).toBe(true);
    // The seeded story (it has topics), wherever other specs' City stories have pushed it: the
    // list is followed page by page, by its cursor.
    let summary = data.find((s) => s.headline === SEEDED);
    let cursor: string | null = null;
    for (let n = 0; !summary; n++) {
      expect(n, "the seeded City story is in the City list").toBeLessThan(20);
      const query: string = `/api/v1/articles?section=city&limit=10${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const next: Page = await json<Page>(await request.get(query));
      summary = next.data.find((s) => s.headline === SEEDED);
      cursor = next.next_cursor;
    }

    const response = await request.get(`/api/v1/articles/${summary.id}`);
    expect(response.headers()["cache-control"]).toBe(CACHE);
    const article = await json<Summary & { body_html: string; standfirst: string; corrections: unknown[] }>(response);
    expect(article.id).toBe(summary.id);
    expect(article.url).toBe(summary.url);
    expect(article.headline).toBe(summary.headline);
    expect(article.standfirst.length).toBeGreaterThan(0);
    expect(article.body_html).toMatch(/^<(p|h2|h3|ul|ol|blockquote)/);
    expect(article.topics.length).toBeGreaterThan(0);
    expect(article.topics[0]!.url).toMatch(/\/topics\/[^/]+$/);
    expect(Array.isArray(article.corrections)).toBe(true);
    expect(article.published_at).toMatch(ISO_OFFSET);
    expect(article.updated_at).toMatch(ISO_OFFSET);
    const keys = keysDeep(article);
    for (const k of FORBIDDEN) expect(keys.has(k), k).toBe(false);

    // A seeded story with a featured image: absolute URLs that serve, with alt, credit and the three crops.
    const pictured = (await json<Page>(await request.get("/api/v1/articles?topic=monsoon&limit=50"))).data.find((s) =>
      s.headline.startsWith("Overnight downpour"),
    )!;
    const withImage = await json<{
      image: {
        url: string;
        width: number;
        alt: string;
        credit: string;
        crops: Record<string, { url: string; width: number; height: number }>;
      };
    }>(await request.get(`/api/v1/articles/${pictured.id}`));
    expect(withImage.image.url).toMatch(/^http.*\/media\/v\/.+\.jpg$/);
    expect(withImage.image.width).toBe(1600);
    expect(withImage.image.alt).toMatch(/rain-heavy sky/);
    expect(withImage.image.credit).toBe("Illustration: Dateline demo desk");
    expect(Object.keys(withImage.image.crops).sort()).toEqual(["16x9", "1x1", "4x3"]);
    expect(withImage.image.crops["1x1"]!.width).toBe(withImage.image.crops["1x1"]!.height);
    expect((await request.get(withImage.image.crops["16x9"]!.url)).headers()["content-type"]).toBe("image/jpeg");
    expect(keysDeep(withImage).has("original")).toBe(false);
  });

  test("sections, topics and authors, without account data", async ({ request, baseURL }) => {
    const sections = await json<{ data: (Link & { description: string })[] }>(await request.get("/api/v1/sections"));
    expect(sections.data.map((s) => s.slug)).toEqual(
      expect.arrayContaining(["national", "city", "business", "sport", "culture"]),
    );
    const topics = await json<{ data: Link[] }>(await request.get("/api/v1/topics"));
    expect(topics.data).toContainEqual({
      name: "Rivers & Waterways",
      slug: "waterways",
      url: `${baseURL}/topics/waterways`,
    });
    const authors = await json<{ data: (Link & { bio: string })[] }>(await request.get("/api/v1/authors"));
    const nusrat = authors.data.find((a) => a.slug === "nusrat-jahan-rimi")!;
    expect(nusrat.url).toBe(`${baseURL}/authors/nusrat-jahan-rimi`);
    expect(nusrat.bio.length).toBeGreaterThan(0);
    expect(Object.keys(nusrat).sort()).toEqual(["bio", "name", "slug", "url"]);
    for (const payload of [sections, topics, authors]) {
      const keys = keysDeep(payload);
      for (const k of FORBIDDEN) expect(keys.has(k), k).toBe(false);
    }
    // Filtering by an author and a topic from these lists works end to end.
    const byNusrat = await json<Page>(
      await request.get("/api/v1/articles?author=nusrat-jahan-rimi&topic=metro-rail&limit=100"),
    );
    expect(byNusrat.data.map((s) => s.headline)).toContain(SEEDED);
    expect(
      byNusrat.data.every(
        (s) => s.bylines.some((b) => b.slug === "nusrat-jahan-rimi") && s.topics.some((t) => t.slug === "metro-rail"),
      ),
    ).toBe(true);
  });

  test("errors are JSON: 404 for unknown and malformed ids and unknown filters, 400 for bad parameters", async ({
    request,
  }) => {
    for (const path of [
      "/api/v1/articles/3f1c9a52-8d4e-4b7a-9c21-6e0d5f8a7b13",
      "/api/v1/articles/not-a-uuid",
      "/api/v1/articles?section=no-such-section",
    ]) {
      const body = await json<{ error: string }>(await request.get(path), 404);
      expect(body.error.length, path).toBeGreaterThan(0);
    }
    for (const path of [
      "/api/v1/articles?limit=0",
      "/api/v1/articles?limit=101",
      "/api/v1/articles?limit=ten",
      "/api/v1/articles?cursor=garbage!!",
      "/api/v1/articles?cursor=bm90LWEtY3Vyc29y",
    ]) {
      const response = await request.get(path);
      const body = await json<{ error: string }>(response, 400);
      expect(body.error, path).toMatch(/limit|cursor/);
      expect(response.headers()["cache-control"], path).toBe("private, no-store");
    }
  });
});
