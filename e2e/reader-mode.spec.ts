// Reader modes read our article pages with Mozilla's Readability: Firefox Reader View runs it on
// the live page, Pocket and other read-later services on the HTML they fetch. Both must come out
// with exactly the story — headline, byline, lead photo and body — and none of the furniture
// around it (kicker, view count, share row, topics, follow block, related stories). The check is
// the real library in both settings: in Chromium on the rendered page, and in Node on the raw
// HTML through linkedom. Issue 11, part 3.
import fs from "node:fs";
import path from "node:path";
import { Readability } from "@mozilla/readability";
import { expect, test, type Page } from "@playwright/test";
import { parseHTML } from "linkedom";

const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;
// Seeded stories (scripts/seed/content.ts, scripts/seed/photos.ts): one with a featured
// illustration and two bylines, one without any picture.
const PHOTO_STORY = "/city/overnight-downpour-leaves-mirpur-and-shantinagar-streets-under-water";
const TEXT_STORY = "/national/solar-powered-computer-labs-reach-secondary-schools-on-jamuna-chars";

const READABILITY_JS = fs.readFileSync(
  path.join(process.cwd(), "node_modules/@mozilla/readability/Readability.js"),
  "utf8",
);

type Extract = { title: string; byline: string; text: string; images: string[] };

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const fileOf = (src: string) => new URL(src, BASE).pathname;

/** Firefox's way: Readability on a clone of the document as the browser built it. */
async function inBrowser(page: Page): Promise<Extract> {
  return page.evaluate(`(() => {
    ${READABILITY_JS}
    const a = new Readability(document.cloneNode(true)).parse();
    const box = document.createElement("div");
    box.innerHTML = a.content;
    return {
      title: a.title,
      byline: a.byline,
      text: box.textContent,
      images: [...box.querySelectorAll("img")].map((i) => i.getAttribute("src")),
    };
  })()`);
}

/** A read-later service's way: Readability on the HTML as fetched, no scripts run. */
function inNode(html: string): Extract {
  const { document } = parseHTML(html);
  const a = new Readability(document as unknown as Document).parse();
  if (!a) throw new Error("Readability found no article");
  const { document: out } = parseHTML(`<!doctype html><html><body>${a.content}</body></html>`);
  return {
    title: a.title ?? "",
    byline: a.byline ?? "",
    text: out.body.textContent ?? "",
    images: [...out.querySelectorAll("img")].map((i) => i.getAttribute("src") ?? ""),
  };
}

/** What the page shows, read from its own markup: the story and the furniture around it. */
async function pageParts(page: Page) {
  const story = page.locator("main article").first();
  const figure = story.locator("figure.featured-image");
  return {
    headline: squash(await story.getByRole("heading", { level: 1 }).innerText()),
    authors: await story.locator("header a[rel=author]").allInnerTexts(),
    // The photo with its caption and the body, as a reader sees them in the page.
    storyText: squash(
      ((await figure.count()) > 0 ? await figure.textContent() : "") +
        ((await story.locator(".prose-news").textContent()) ?? ""),
    ),
    featured: (await figure.count()) > 0 ? await figure.locator("img").getAttribute("src") : null,
    // Distinctive text of each piece of furniture. The kicker and the topics are single words a
    // body may well use ("City corporation officials…"); the exact comparison below covers them.
    furniture: [
      squash(await page.getByTestId("view-count").innerText()),
      "Share this story",
      "Copy link",
      squash(
        await page
          .getByRole("region", { name: /^Follow / })
          .getByRole("heading")
          .innerText(),
      ),
      ...(await page.locator("#related-heading").allInnerTexts()),
      ...(await page
        .getByRole("region", { name: /^More (on|from) / })
        .getByRole("heading", { level: 3 })
        .allInnerTexts()),
    ].map(squash),
  };
}

function expectExactlyTheStory(got: Extract, parts: Awaited<ReturnType<typeof pageParts>>, where: string) {
  expect(squash(got.title), `${where}: title`).toBe(parts.headline);
  for (const name of parts.authors) expect(got.byline, `${where}: byline`).toContain(name);
  // Exactly the story: the same words in the same order as the photo, caption and body on the page.
  expect(squash(got.text), `${where}: text`).toBe(parts.storyText);
  for (const bit of parts.furniture) expect(got.text, `${where}: no "${bit}"`).not.toContain(bit);
  if (parts.featured) {
    expect(got.images.map(fileOf), `${where}: only the lead photo`).toEqual([fileOf(parts.featured)]);
  } else {
    expect(got.images, `${where}: no picture from another story`).toEqual([]);
  }
}

for (const [kind, address] of [
  ["a photo story", PHOTO_STORY],
  ["a text-only story", TEXT_STORY],
] as const) {
  test(`reader mode extracts exactly the story from ${kind}, in the browser and from the fetched HTML`, async ({
    page,
  }) => {
    const response = await page.goto(BASE + address);
    expect(response?.status()).toBe(200);
    const parts = await pageParts(page);
    // The test means something only if the page has what a reader mode must leave out.
    expect(parts.furniture.length).toBeGreaterThanOrEqual(6);
    expect(parts.storyText.length).toBeGreaterThan(800);
    expect(Boolean(parts.featured)).toBe(kind === "a photo story");
    if (kind === "a photo story") {
      // Related stories with pictures of their own sit on the page: none may be taken for the lead photo.
      expect(await page.locator("main img").count()).toBeGreaterThan(1);
    }

    expectExactlyTheStory(await inBrowser(page), parts, "Chromium");
    const html = await (await page.request.get(BASE + address)).text();
    expectExactlyTheStory(inNode(html), parts, "fetched HTML");
  });
}
