// Shares and search engines (issue 11, part 2), checked with the tools the other side uses: the
// open-graph-scraper client reads each page as a link unfurler does, sharp measures the image it
// would show, a table of Google's structured-data rules (helpers/structured-data.ts) judges the
// JSON-LD, and a feed parser reads the feeds' pictures. Pages are fetched at localhost and at
// 127.0.0.1: every address in them is the configured public one (here http://localhost:PORT).
import type { APIRequestContext } from "@playwright/test";
import { parseFeed } from "@rowanmanning/feed-parser";
import ogs from "open-graph-scraper";
import sharp from "sharp";
import { clickWorkflow, expectSaved, newStory, writeBasicStory } from "./helpers/editor";
import { libraryPhoto, makeStory } from "./helpers/factory";
import { jsonLdOf, problems, type Json } from "./helpers/structured-data";
import { expect, test } from "./helpers/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const PUBLIC = `http://localhost:${PORT}`;
const HOSTS = [PUBLIC, `http://127.0.0.1:${PORT}`];

// Seeded demo stories: one with a featured photo, one without, both in City (so the second's
// "More on this topic" shows the first one's photo — which an unfurler must not take for its own).
const PHOTO = { path: "/city/metro-rail-services-halted-on-uttara-motijheel-line-after-power-fault" };
const NO_PHOTO = {
  path: "/city/weekend-volunteers-pull-two-tonnes-of-plastic-from-dhanmondi-lake",
  headline: "Weekend volunteers pull two tonnes of plastic from Dhanmondi Lake",
};
const CARD = new RegExp(`^${PUBLIC}/cards/story/[0-9a-f-]{36}/[A-Za-z0-9_-]{12}\\.png$`);
const SITE_CARD = new RegExp(`^${PUBLIC}/cards/site/[A-Za-z0-9_-]{12}\\.png$`);

type Og = Awaited<ReturnType<typeof ogs>>["result"];

/** The page as an unfurler reads it: fetched and parsed by open-graph-scraper. */
async function unfurl(url: string): Promise<Og> {
  // The validator it checks addresses with wants a top-level domain by default; ours is localhost.
  const { error, result } = await ogs({
    url,
    timeout: 20,
    urlValidatorSettings: {
      allow_fragments: true,
      allow_protocol_relative_urls: false,
      allow_query_components: true,
      allow_trailing_dot: false,
      allow_underscores: true,
      protocols: ["http", "https"],
      require_host: true,
      require_port: false,
      require_protocol: true,
      require_tld: false,
      require_valid_protocol: true,
      validate_length: true,
    },
  });
  expect(error, `open-graph-scraper read ${url}`).toBe(false);
  return result;
}

/** Fetches an image the way a card would and returns its real format and size. */
async function measure(request: APIRequestContext, url: string) {
  const response = await request.get(url.replace(PUBLIC, HOSTS[1]!));
  expect(response.status(), url).toBe(200);
  const body = await response.body();
  const meta = await sharp(body).metadata();
  return { type: response.headers()["content-type"], format: meta.format, width: meta.width, height: meta.height };
}

function expectCompleteOg(og: Og, expected: { url: string; type: "article" | "website" }) {
  expect(og.ogUrl).toBe(expected.url);
  expect(og.ogType).toBe(expected.type);
  expect(og.ogTitle?.length).toBeGreaterThan(0);
  expect(og.ogDescription?.length).toBeGreaterThan(0);
  expect(og.ogSiteName).toBe("The Dhaka Dateline");
  expect(og.ogLocale).toBe("en_GB");
  const image = og.ogImage?.[0];
  expect(image?.url).toMatch(new RegExp(`^${PUBLIC}/`));
  expect(Number(image?.width)).toBeGreaterThanOrEqual(1200);
  expect(Number(image?.height)).toBeGreaterThan(0);
  expect(image?.alt?.length).toBeGreaterThan(0);
  expect(og.twitterCard).toBe("summary_large_image");
  expect(og.twitterTitle?.length).toBeGreaterThan(0);
  expect(og.twitterDescription?.length).toBeGreaterThan(0);
  expect(og.twitterImage?.[0]?.url).toBe(image?.url);
}

async function structuredData(request: APIRequestContext, path: string): Promise<Json[]> {
  const response = await request.get(HOSTS[1]! + path);
  expect(response.status()).toBe(200);
  return jsonLdOf(await response.text());
}

const ofType = (nodes: Json[], type: string) => {
  const found = nodes.filter((n) => n["@type"] === type);
  expect(found, `one ${type} on the page`).toHaveLength(1);
  return found[0]!;
};

test.describe("shares and search engines", () => {
  for (const host of HOSTS) {
    test(`a story with a photo unfurls with that photo, read at ${new URL(host).hostname}`, async ({ request }) => {
      const og = await unfurl(host + PHOTO.path);
      expectCompleteOg(og, { url: PUBLIC + PHOTO.path, type: "article" });
      expect(og.ogTitle).toBe("Metro rail services halted on Uttara–Motijheel line after power fault");
      expect(og.articlePublishedTime).toMatch(/\+06:00$/);
      expect(og.articleSection).toBe("City");
      // The photo's 16:9, 4:3 and 1:1 crops, widest first, from the media store (the seeded
      // illustration is 900 px tall, so its square crop is 900 px: crops are never enlarged).
      expect(og.ogImage?.map((i) => [Number(i.width), Number(i.height)])).toEqual([
        [1200, 675],
        [1200, 900],
        [900, 900],
      ]);
      expect(og.ogImage?.[0]?.url).toMatch(new RegExp(`^${PUBLIC}/media/c/`));
      expect(og.ogImage?.[0]?.alt).toBe("Illustration of an elevated rail line crossing the city at sunrise");
      const image = await measure(request, og.ogImage![0]!.url);
      expect(image).toMatchObject({ type: "image/jpeg", format: "jpeg", width: 1200, height: 675 });
    });

    test(`a story without a photo unfurls with its own card, read at ${new URL(host).hostname}`, async ({
      request,
    }) => {
      const html = await (await request.get(host + NO_PHOTO.path)).text();
      // The page does show other stories' photos ("More on this topic"): the trap for unfurlers.
      expect(html).toMatch(/<img[^>]+src="[^"]*\/media\/v\//);
      const og = await unfurl(host + NO_PHOTO.path);
      expectCompleteOg(og, { url: PUBLIC + NO_PHOTO.path, type: "article" });
      expect(og.ogImage).toHaveLength(1);
      expect(og.ogImage![0]!.url).toMatch(CARD);
      expect(og.ogImage![0]!.alt).toBe(NO_PHOTO.headline);
      const card = await measure(request, og.ogImage![0]!.url);
      expect(card).toEqual({ type: "image/png", format: "png", width: 1200, height: 630 });
    });
  }

  test("home, section, topic, author, search and colophon unfurl with the site card", async ({ request }) => {
    const pages = [
      ["/", "The Dhaka Dateline"],
      ["/city", "City — The Dhaka Dateline"],
      ["/topics/waterways", "Rivers & Waterways — The Dhaka Dateline"],
      ["/authors/nusrat-jahan-rimi", "Nusrat Jahan Rimi — The Dhaka Dateline"],
      ["/search", "Search — The Dhaka Dateline"],
      ["/colophon", "Colophon — The Dhaka Dateline"],
      ["/about/standards", "Editorial standards — The Dhaka Dateline"],
    ] as const;
    for (const [path, title] of pages) {
      const og = await unfurl(HOSTS[1] + path);
      // Next writes the home page's address without its final slash, as it does the canonical link.
      expectCompleteOg(og, { url: path === "/" ? PUBLIC : PUBLIC + path, type: "website" });
      expect(og.ogTitle, path).toBe(title);
      expect(og.ogImage?.[0]?.url, path).toMatch(SITE_CARD);
    }
    const home = await unfurl(HOSTS[1] + "/");
    expect(home.ogDescription).toBe("News from Dhaka and across Bangladesh");
    const section = await unfurl(HOSTS[0] + "/city");
    expect(section.ogDescription?.length).toBeGreaterThan(10);
    expect(await measure(request, home.ogImage![0]!.url)).toEqual({
      type: "image/png",
      format: "png",
      width: 1200,
      height: 630,
    });
  });

  test("a card's address follows what it shows: an old version redirects, a non-story is a 404", async ({
    request,
  }) => {
    const og = await unfurl(PUBLIC + NO_PHOTO.path);
    const current = new URL(og.ogImage![0]!.url);
    const [, , , id] = current.pathname.split("/");
    const stale = await request.get(`/cards/story/${id}/AAAAAAAAAAAA.png`, { maxRedirects: 0 });
    expect(stale.status()).toBe(308);
    expect(stale.headers()["location"]).toBe(current.pathname);
    // The same bytes again: an ETag lets an unfurler or browser revalidate without a download.
    const first = await request.get(current.pathname);
    const etag = first.headers()["etag"];
    expect(etag).toBeTruthy();
    const again = await request.get(current.pathname, { headers: { "If-None-Match": etag! } });
    expect(again.status()).toBe(304);
    for (const path of [
      "/cards/story/00000000-0000-4000-8000-000000000000/AAAAAAAAAAAA.png",
      "/cards/story/not-a-uuid/AAAAAAAAAAAA.png",
      `/cards/story/${id}/..%2F..%2Fetc.png`,
      "/cards/site/nope.svg",
    ]) {
      expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
    }
  });

  test("structured data passes Google's rules on articles, home and author pages", async ({ request }) => {
    const photo = await structuredData(request, PHOTO.path);
    const article = ofType(photo, "NewsArticle");
    expect(problems(article)).toEqual([]);
    expect((article.image as Json[]).map((i) => `${String(i.width)}x${String(i.height)}`)).toEqual([
      "1200x675",
      "1200x900",
      "900x900",
    ]);
    expect((article.author as Json[])[0]).toEqual({
      "@type": "Person",
      name: "Nusrat Jahan Rimi",
      url: `${PUBLIC}/authors/nusrat-jahan-rimi`,
    });
    const crumbs = ofType(photo, "BreadcrumbList");
    expect(problems(crumbs)).toEqual([]);
    expect((crumbs.itemListElement as Json[]).map((c) => [c.name, c.item])).toEqual([
      ["Home", `${PUBLIC}/`],
      ["City", `${PUBLIC}/city`],
      ["Metro rail services halted on Uttara–Motijheel line after power fault", PUBLIC + PHOTO.path],
    ]);

    // Without a photo, the article's image is its own card — the one og:image names.
    const noPhoto = ofType(await structuredData(request, NO_PHOTO.path), "NewsArticle");
    expect(problems(noPhoto)).toEqual([]);
    const og = await unfurl(PUBLIC + NO_PHOTO.path);
    expect((noPhoto.image as Json[]).map((i) => i.url)).toEqual([og.ogImage![0]!.url]);

    // The publisher logo is a raster image Google accepts (at least 112 px).
    const logo = (article.publisher as Json).logo as Json;
    const measured = await measure(request, String(logo.url));
    expect(measured.format).toBe("png");
    expect(measured.width).toBeGreaterThanOrEqual(112);
    expect(measured.height).toBeGreaterThanOrEqual(112);
    expect([measured.width, measured.height]).toEqual([logo.width, logo.height]);

    const home = await structuredData(request, "/");
    const site = ofType(home, "WebSite");
    expect(problems(site)).toEqual([]);
    expect(((site.potentialAction as Json).target as Json).urlTemplate).toBe(`${PUBLIC}/search?q={search_term_string}`);
    const org = ofType(home, "NewsMediaOrganization");
    expect(problems(org)).toEqual([]);
    expect(org.publishingPrinciples).toBe(`${PUBLIC}/about/standards`);
    expect(org.correctionsPolicy).toBe(`${PUBLIC}/about/corrections`);

    const profile = ofType(await structuredData(request, "/authors/nusrat-jahan-rimi"), "ProfilePage");
    expect(problems(profile)).toEqual([]);
    expect((profile.mainEntity as Json).name).toBe("Nusrat Jahan Rimi");

    // The rules do catch a broken article: the oracle can fail.
    expect(problems({ ...article, image: [], author: [{ "@type": "Person", name: "X" }] })).toEqual([
      "image: needs at least one image",
      "author: author X needs a url to their page",
    ]);
  });

  test("feed items carry their picture, and the channel an image", async ({ request }) => {
    // Its own two stories, just published, so they are among the newest 30 the feed holds
    // however many stories other specs have published before.
    const photoStory = await makeStory({
      headline: "Feed test: boats back at the ghat",
      featuredImageId: await libraryPhoto("fishing boats"),
      state: "published",
    });
    const plainStory = await makeStory({ headline: "Feed test: a story without a picture", state: "published" });
    const response = await request.get(HOSTS[1] + "/feed.xml");
    expect(response.status()).toBe(200);
    const rss = parseFeed(await response.text());
    expect(rss.image?.url).toMatch(new RegExp(`^${PUBLIC}/cards/logo/[A-Za-z0-9_-]{12}\\.png$`));
    const photo = rss.items.find((i) => i.url === PUBLIC + photoStory.path);
    const photoMedia = photo?.mediaImages ?? [];
    expect(photoMedia.length).toBeGreaterThan(0);
    expect(photoMedia[0]!.url).toMatch(new RegExp(`^${PUBLIC}/media/c/`));
    expect(photoMedia[0]!.mimeType).toBe("image/jpeg");
    expect(photoMedia[0]!.length).toBeGreaterThan(1000);
    expect(photo?.image?.url).toBe(photoMedia[0]!.url);
    // A story without a photo carries its card.
    const plain = rss.items.find((i) => i.url === PUBLIC + plainStory.path);
    expect(plain?.image?.url, "a story without a photo carries its card").toMatch(CARD);
    expect((await measure(request, plain!.image!.url)).width).toBe(1200);
    // Every item has a picture, so a reader shows a thumbnail for each.
    expect(rss.items.every((i) => i.image?.url)).toBe(true);

    const atom = parseFeed(await (await request.get("/atom.xml")).text());
    const atomPhoto = atom.items.find((i) => i.url === PUBLIC + photoStory.path);
    expect(atomPhoto?.media[0]?.mimeType).toBe("image/jpeg");
    expect(atom.image?.url).toBe(rss.image?.url);
  });

  test("a new headline gets a new card address; a story taken down loses its card", async ({ deskAs, request }) => {
    const page = await deskAs("editor");
    await newStory(page);
    await writeBasicStory(page, "Ferry timetable card test", "Launches will leave Sadarghat every half hour.");
    await clickWorkflow(page, "Submit for review");
    await clickWorkflow(page, "Publish");
    await expect(page.getByTestId("story-status")).toHaveText("Published");
    // The story's address as the desk shows it (a new headline may give it a new slug).
    const cardOf = async () =>
      (await unfurl(`${HOSTS[1]}/city/${await page.getByLabel("Slug").inputValue()}`)).ogImage![0]!.url;
    const before = await cardOf();
    expect(before).toMatch(CARD);
    expect((await request.get(before)).status()).toBe(200);

    // A corrected headline, pressed live with Update: the page names a new card, and the old
    // address (cached by whoever unfurled the link) leads to it.
    await page.getByLabel("Headline", { exact: true }).fill("Ferry timetable card test, corrected");
    await expectSaved(page);
    await clickWorkflow(page, "Update");
    // A success is a status, not an alert (the desk's messages, issue 12).
    await expect(
      page
        .getByRole("main")
        .getByRole("status")
        .filter({ hasText: /now published/ }),
    ).toBeVisible();
    await expect.poll(cardOf, { timeout: 15_000 }).not.toBe(before);
    const after = await cardOf();
    expect(new URL(after).pathname.split("/")[3]).toBe(new URL(before).pathname.split("/")[3]);
    const old = await request.get(before, { maxRedirects: 0 });
    expect(old.status()).toBe(308);
    expect(old.headers()["location"]).toBe(new URL(after).pathname);

    // Unpublished: neither address draws the headline any more.
    page.once("dialog", (d) => void d.accept());
    await clickWorkflow(page, "Unpublish");
    await expect(page.getByTestId("story-status")).toHaveText("Unpublished");
    for (const url of [before, after]) expect((await request.get(url, { maxRedirects: 0 })).status()).toBe(404);
  });
});
