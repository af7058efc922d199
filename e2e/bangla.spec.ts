// The Bangla edition (issue 13): an editor writes a Bangla story and an English one, links them
// as a translation pair and publishes both; a reader opens the Bangla page under /bn, finds the
// hreflang links and switches language through the pair link. Reached at 127.0.0.1 on purpose.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { body, clickWorkflow, expectSaved, newStory } from "./helpers/editor";
import { expect, test } from "./helpers/test";

const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;
const enc = encodeURIComponent;

const BN = {
  headline: "গাবতলী সেতুর মেরামত শেষ, আজ থেকে খুলছে দুই লেন",
  standfirst: "তিন মাস বন্ধ থাকার পর সেতুর উত্তর পাশের দুই লেন দিয়ে যান চলাচল শুরু হচ্ছে।",
  paragraph: "সড়ক বিভাগের প্রকৌশলীরা জানিয়েছেন, বাকি দুই লেনের কাজ আগামী মাসে শেষ হবে।",
  section: "নগর",
  slug: "গাবতলী-সেতুর-মেরামত-শেষ-আজ-থেকে-খুলছে-দুই-লেন",
};
const EN = {
  headline: "Gabtoli bridge reopens two lanes after repairs",
  standfirst: "Traffic returns to the northern side of the bridge after three months.",
  paragraph: "Road engineers say the remaining two lanes will be finished next month.",
  section: "City",
  slug: "gabtoli-bridge-reopens-two-lanes-after-repairs",
};
const bnPath = `/bn/${enc(BN.section)}/${enc(BN.slug)}`;
const enPath = `/city/${EN.slug}`;

async function write(page: Page, s: typeof BN | typeof EN): Promise<string> {
  const id = await newStory(page);
  await page.getByLabel("Headline", { exact: true }).fill(s.headline);
  await page.getByLabel("Standfirst").fill(s.standfirst);
  await page.getByLabel("Section").selectOption({ label: s.section });
  await body(page).click();
  await page.keyboard.type(s.paragraph);
  await expectSaved(page);
  return id;
}

async function publish(page: Page, id: string): Promise<void> {
  await page.goto(`${BASE}/dashboard/stories/${id}`);
  await clickWorkflow(page, "Submit for review");
  await expect(page.getByTestId("story-status")).toHaveText("In review");
  await clickWorkflow(page, "Publish");
  await expect(page.getByTestId("story-status")).toHaveText("Published");
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("an editor pairs a Bangla story with an English one; a reader switches between them", async ({
  deskAs,
  browser,
}) => {
  test.setTimeout(120_000);
  // Pages from their own contexts: axe needs one it opened itself.
  const desk = await deskAs("editor", { base: BASE });

  // The Bangla story: its section puts it in the Bangla edition, and the desk marks its text Bangla.
  const bnId = await write(desk, BN);
  await expect(desk.getByLabel("Headline", { exact: true })).toHaveAttribute("lang", "bn");
  await expect(body(desk)).toHaveAttribute("lang", "bn");
  await expect(desk.getByLabel("Slug")).toHaveValue(BN.slug);

  const enId = await write(desk, EN);
  await expect(body(desk)).not.toHaveAttribute("lang", "bn");

  // "Translation of" on the Bangla story, choosing the English one.
  await desk.goto(`/dashboard/stories/${bnId}`);
  await desk.getByLabel("Translation of").selectOption({ label: `${EN.headline} (draft)` });
  await desk.getByRole("button", { name: "Save link" }).click();
  await expect(desk.getByRole("status").filter({ hasText: "Linked as a translation pair." })).toBeVisible();
  // One link, both directions: the English story's desk names its translation.
  await desk.goto(`/dashboard/stories/${enId}`);
  await expect(desk.getByText(`“${BN.headline}” is its translation.`)).toBeVisible();

  await publish(desk, bnId);
  await publish(desk, enId);

  // The reader's Bangla page: in the Bangla edition's address space and frame.
  const reader = await (await browser.newContext({ baseURL: BASE })).newPage();
  const res = await reader.goto(bnPath);
  expect(res?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(BN.headline);
  // The frame speaks Bangla: its section nav is "বিভাগসমূহ" (Sections) and lists Bangla sections.
  await expect(reader.getByRole("navigation", { name: "বিভাগসমূহ" }).getByRole("link", { name: "নগর" })).toBeVisible();
  const alternates = await reader
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]));
  const absolute = (p: string) => expect.stringMatching(new RegExp(`${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  expect(alternates).toEqual(
    expect.arrayContaining([
      ["bn", absolute(bnPath)],
      ["en", absolute(enPath)],
      ["x-default", absolute(enPath)],
    ]),
  );
  // The NewsArticle says it is Bangla and a translation of the English story.
  const ld = await reader
    .locator('script[type="application/ld+json"]')
    .evaluateAll((s) => s.map((x) => JSON.parse(x.textContent ?? "{}") as Record<string, unknown>));
  const article = ld.find((d) => d["@type"] === "NewsArticle")!;
  expect(article.inLanguage).toBe("bn");
  expect((article.translationOfWork as { url: string }).url).toMatch(new RegExp(`${enPath}$`));

  expect(await seriousViolations(reader), "axe on the Bangla article").toEqual([]);

  // Through the pair link to the English page, and back.
  await reader.getByRole("link", { name: "এই খবরটি ইংরেজিতে পড়ুন" }).click();
  await expect(reader).toHaveURL(`${BASE}${enPath}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(EN.headline);
  await reader.getByRole("link", { name: "Read in Bangla" }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(BN.headline);

  // The Bangla front page leads with Bangla stories only, and passes axe too.
  await reader.goto("/bn");
  await expect(reader.getByRole("link", { name: BN.headline }).first()).toBeVisible();
  await expect(reader.getByRole("link", { name: EN.headline })).toHaveCount(0);
  expect(await seriousViolations(reader), "axe on the Bangla front page").toEqual([]);
  // Text that only inherits its font (the section nav, bylines, dates) is drawn with the
  // self-hosted Bengali font too, not just the serif headlines: no boxes on a device without one.
  const navFont = await reader
    .getByRole("navigation", { name: "বিভাগসমূহ" })
    .getByRole("link")
    .first()
    .evaluate((el) => getComputedStyle(el).fontFamily);
  // First in its list, ahead of system-ui (the English stack names a Bengali system font only last).
  expect(navFont.split(",")[0]!.toLowerCase()).toContain("bengali");

  // Unpublishing the English story leaves the Bangla one live, without the link.
  await desk.goto(`/dashboard/stories/${enId}`);
  desk.once("dialog", (d) => void d.accept()); // "Take this story off the site?"
  await clickWorkflow(desk, "Unpublish");
  await expect(desk.getByTestId("story-status")).toHaveText("Unpublished");
  await expect(async () => {
    await reader.goto(bnPath);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(BN.headline);
    await expect(reader.getByRole("link", { name: "এই খবরটি ইংরেজিতে পড়ুন" })).toHaveCount(0, { timeout: 500 });
    await expect(reader.locator('link[rel="alternate"][hreflang]')).toHaveCount(0, { timeout: 500 });
  }).toPass({ timeout: 15_000 });

  // A Bangla story taken down answers 410 at its /bn address, like any other (scripts/serve.ts).
  await desk.goto(`/dashboard/stories/${bnId}`);
  desk.once("dialog", (d) => void d.accept());
  await clickWorkflow(desk, "Unpublish");
  await expect(desk.getByTestId("story-status")).toHaveText("Unpublished");
  await expect(async () => expect((await reader.request.get(bnPath)).status()).toBe(410)).toPass({
    timeout: 15_000,
  });
});

test("each edition has its own feed, news sitemap and search", async ({ request }) => {
  const bnFeed = await request.get(`${BASE}/bn/feed.xml`);
  expect(bnFeed.status()).toBe(200);
  const bnXml = await bnFeed.text();
  expect(bnXml).toContain("<language>bn</language>");
  expect(bnXml).toContain(`/bn/${enc("অর্থনীতি")}/`);
  expect(bnXml).not.toContain("/city/");

  const news = await (await request.get(`${BASE}/bn/news-sitemap.xml`)).text();
  expect(news).toContain("<news:language>bn</news:language>");
  expect(news).not.toContain("<news:language>en</news:language>");
  const enNews = await (await request.get(`${BASE}/news-sitemap.xml`)).text();
  expect(enNews).not.toContain("/bn/");

  // A seeded Bangla story is found in the Bangla edition's search, not the English one's.
  // (The matched word is highlighted inside the headline, so the rest of it is what is looked for.)
  const found = "আমদানি বাড়লেও দাম নাগালের বাইরে";
  const bnSearch = await (await request.get(`${BASE}/bn/search?q=${enc("ইলিশ")}`)).text();
  expect(bnSearch).toContain(found);
  const enSearch = await (await request.get(`${BASE}/search?q=${enc("ইলিশ")}`)).text();
  expect(enSearch).toContain("No results");
  expect(enSearch).not.toContain(found);

  const api = (await (await request.get(`${BASE}/api/v1/articles?edition=bn&limit=100`)).json()) as {
    data: { edition: string; language: string }[];
  };
  expect(api.data.length).toBeGreaterThanOrEqual(12);
  expect(api.data.every((a) => a.edition === "bn" && a.language === "bn")).toBe(true);
});
