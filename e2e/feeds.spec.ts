import { expect, test, type APIRequestContext } from "@playwright/test";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { makeStory } from "./helpers/factory";

// Seeded demo content: the newest seeded story (an hour before seeding), in City. Other specs
// publish stories of their own at the same time, so nothing here assumes exact counts, and the
// newest-first feeds are checked with a story this spec has just published.
const SEEDED = "Metro rail services halted on Uttara–Motijheel line after power fault";
const SEEDED_PATH = "/city/metro-rail-services-halted-on-uttara-motijheel-line-after-power-fault";
const CACHE = "public, s-maxage=60, stale-while-revalidate=300";
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["url", "sitemap"].includes(name) });

async function fetchXml(request: APIRequestContext, path: string, contentType: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toBe(contentType);
  expect(response.headers()["cache-control"]).toBe(CACHE);
  const body = await response.text();
  expect(XMLValidator.validate(body), `${path} is well-formed XML`).toBe(true);
  return body;
}

test.describe("feeds, sitemaps and robots.txt", () => {
  test("the site and section feeds list seeded stories; an unknown section's feed is a 404", async ({
    request,
    baseURL,
  }) => {
    // Filed by the demo reporter (Sadia Islam), published by the editor, in City.
    const own = await makeStory({ headline: "Feeds test: night buses on the airport road", state: "published" });
    const rss = parseFeed(await fetchXml(request, "/feed.xml", "application/rss+xml; charset=utf-8"));
    expect(rss.title).toBe("The Dhaka Dateline");
    expect(rss.items).toHaveLength(30);
    const mine = rss.items.find((i) => i.title === own.headline);
    expect(mine?.url).toBe(`${baseURL}${own.path}`);
    expect(mine?.authors.map((a) => a.name)).toEqual(["Sadia Islam"]);
    const times = rss.items.map((i) => i.published!.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    // RSS and Atom list the same stories. (Read again as a pair if another spec published
    // between the two requests.)
    await expect(async () => {
      const rssNow = parseFeed(await fetchXml(request, "/feed.xml", "application/rss+xml; charset=utf-8"));
      const atom = parseFeed(await fetchXml(request, "/atom.xml", "application/atom+xml; charset=utf-8"));
      expect(atom.items.map((i) => i.title)).toEqual(rssNow.items.map((i) => i.title));
    }).toPass({ timeout: 15_000 });

    const city = parseFeed(
      await fetchXml(request, "/feeds/section/city/rss.xml", "application/rss+xml; charset=utf-8"),
    );
    expect(city.title).toBe("The Dhaka Dateline: City");
    expect(city.items.map((i) => i.title)).toContain(own.headline);
    expect(city.items.every((i) => i.url!.startsWith(`${baseURL}/city/`))).toBe(true);
    await expect(async () => {
      const cityNow = parseFeed(
        await fetchXml(request, "/feeds/section/city/rss.xml", "application/rss+xml; charset=utf-8"),
      );
      const cityAtom = parseFeed(
        await fetchXml(request, "/feeds/section/city/atom.xml", "application/atom+xml; charset=utf-8"),
      );
      expect(cityAtom.items.map((i) => i.url)).toEqual(cityNow.items.map((i) => i.url));
    }).toPass({ timeout: 15_000 });

    // A topic whose name carries an ampersand, and an author feed.
    const waterways = parseFeed(
      await fetchXml(request, "/feeds/topic/waterways/rss.xml", "application/rss+xml; charset=utf-8"),
    );
    expect(waterways.title).toBe("The Dhaka Dateline: Rivers & Waterways");
    expect(waterways.items.length).toBeGreaterThan(0);
    const author = parseFeed(
      await fetchXml(request, "/feeds/author/nusrat-jahan-rimi/atom.xml", "application/atom+xml; charset=utf-8"),
    );
    expect(author.items.map((i) => i.title)).toContain(SEEDED);

    for (const path of [
      "/feeds/section/no-such/rss.xml",
      "/feeds/topic/no-such/atom.xml",
      "/feeds/author/no-such/rss.xml",
      "/feeds/nonsense/city/rss.xml",
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test("the sitemap index leads to sitemaps listing the home page, sections and seeded articles", async ({
    request,
    baseURL,
  }) => {
    const index = xml.parse(await fetchXml(request, "/sitemap.xml", "application/xml; charset=utf-8"));
    const children = (index.sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
    expect(children).toEqual([`${baseURL}/sitemaps/pages.xml`, `${baseURL}/sitemaps/stories-1.xml`]); // 46 seeded stories (34 English, 12 Bangla): one page

    const pages = xml.parse(await fetchXml(request, new URL(children[0]!).pathname, "application/xml; charset=utf-8"));
    // Each edition's home page and sections: the English edition's, then the Bangla one's (under /bn).
    const bangla = ["নগর", "রাজনীতি", "অর্থনীতি", "খেলা", "সংস্কৃতি"].map((s) => `/bn/${encodeURIComponent(s)}`);
    expect((pages.urlset.url as { loc: string }[]).map((u) => u.loc)).toEqual(
      ["", "/national", "/city", "/business", "/sport", "/culture", "/bn", ...bangla].map(
        (p) => `${baseURL}${p || "/"}`,
      ),
    );

    const stories = xml.parse(
      await fetchXml(request, new URL(children[1]!).pathname, "application/xml; charset=utf-8"),
    );
    const urls = stories.urlset.url as { loc: string; lastmod: string }[];
    expect(urls.length).toBeGreaterThanOrEqual(34);
    for (const u of urls) expect(u.lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+06:00$/);
    expect(urls.map((u) => u.loc)).toContain(`${baseURL}${SEEDED_PATH}`);

    // The article the sitemap names is really there.
    expect((await request.get(new URL(urls[0]!.loc).pathname)).status()).toBe(200);
    expect((await request.get("/sitemaps/stories-2.xml")).status()).toBe(404);
  });

  test("the Google News sitemap lists the last two days' stories with publication details", async ({ request }) => {
    const news = xml.parse(await fetchXml(request, "/news-sitemap.xml", "application/xml; charset=utf-8"));
    expect(news.urlset["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    const urls = news.urlset.url as {
      loc: string;
      "news:news": {
        "news:title": string;
        "news:publication": Record<string, string>;
        "news:publication_date": string;
      };
    }[];
    const seeded = urls.find((u) => u["news:news"]["news:title"] === SEEDED);
    expect(seeded?.["news:news"]["news:publication"]).toEqual({
      "news:name": "The Dhaka Dateline",
      "news:language": "en",
    });
    expect(seeded?.["news:news"]["news:publication_date"]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+06:00$/);
    // Seeded stories go back 400 hours: most are older than two days and are left out.
    expect(urls.length).toBeLessThan(34);
    for (const u of urls) {
      const published = new Date(u["news:news"]["news:publication_date"]).getTime();
      expect(Date.now() - published).toBeLessThan(48 * 3_600_000);
    }
  });

  test("robots.txt keeps crawlers out of the newsroom and names both sitemaps", async ({ request, baseURL }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
    const body = await response.text();
    expect(body).toMatch(/^User-Agent: \*$/im);
    expect(body).toMatch(/^Allow: \/$/m);
    expect(body).toMatch(/^Disallow: \/dashboard$/m);
    expect(body).toMatch(/^Disallow: \/api$/m);
    expect(body).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(body).toContain(`Sitemap: ${baseURL}/news-sitemap.xml`);
  });
});
