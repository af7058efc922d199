// Issue 13, item 3: with the site's locale set to bn-BD through the real settings form, the
// reader pages are Bangla: words, Bengali digits, <html lang="bn">, the self-hosted Bengali font.
// Driven at http://127.0.0.1. It runs alone (the global-state project) and puts the settings
// back in a finally block, so no other spec ever reads the site in Bangla.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./helpers/test";

const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;
const ARTICLE = `${BASE}/city/overnight-downpour-leaves-mirpur-and-shantinagar-streets-under-water`;
const SAVED = "Settings saved. Readers see them on their next page.";
const BENGALI_DIGIT = /[০-৯]/;

async function saveSettings(page: Page, values: Record<string, string>): Promise<void> {
  await page.goto(`${BASE}/dashboard/settings`);
  for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText(SAVED);
}

test("a Bangla site: Bangla words, Bengali digits, lang=bn and the Bengali font", async ({ deskAs, browser }) => {
  test.setTimeout(120_000);
  const page = await deskAs("admin", { base: BASE });
  const reader = await (await browser.newContext()).newPage();

  // Before: English words and digits, and no Bengali font fetched for an English page.
  const fontRequests: string[] = [];
  reader.on("request", (r) => {
    if (r.resourceType() === "font") fontRequests.push(r.url());
  });
  await reader.goto(ARTICLE);
  await expect(reader.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(reader.getByText(/^Published:/)).toBeVisible();
  await reader.waitForLoadState("load");
  // At most the masthead switch's 1 KB subset that draws "বাংলা" (public/fonts): never the Bengali
  // text face, which weighs ~66 KB a weight.
  expect(fontRequests.filter((u) => !u.endsWith("/fonts/edition-label-bn.woff2"))).toEqual([]);

  try {
    await saveSettings(page, { Locale: "bn-BD", "City label": "ঢাকা" });

    await reader.goto(ARTICLE);
    await expect(reader.locator("html")).toHaveAttribute("lang", "bn");
    const header = reader.locator("article header");
    // The publish line: Bangla label, Bengali digits to the minute, Bangla weekday and month.
    const published = header.getByText(/^প্রকাশ:/);
    // The part of the day goes in front as a word (বিকেল ৫:১৩), as Bangla papers write it.
    await expect(published).toHaveText(/^প্রকাশ: \S+ [০-৯]{1,2}:[০-৯]{2}, \S+বার, [০-৯]+ \S+ [০-৯]{4}$/);
    await expect(reader.getByTestId("reading-time")).toHaveText(/^[০-৯]+ মিনিটে পড়ুন$/);
    // The view count, as the server renders it and as the reader script rewrites it after its ping.
    await expect(reader.getByTestId("view-count")).toHaveText(/^[০-৯][০-৯,]* বার পড়া হয়েছে$/);
    // The masthead clock ticks in Bangla: city, Bengali digits, Bangla weekday.
    await expect(reader.getByTestId("newsroom-clock")).toHaveText(/^\S+ [০-৯]{1,2}:[০-৯]{2}, \S+বার, /);
    await expect(reader.getByText("ঢাকা", { exact: true })).toBeVisible();
    await expect(reader.getByRole("heading", { name: "শেয়ার করুন" })).toBeVisible();
    await expect(
      reader.getByRole("link", { name: "লিংক কপি করুন" }).or(reader.getByRole("button", { name: "লিংক কপি করুন" })),
    ).toBeVisible();
    await expect(reader.getByRole("heading", { name: /^(এই বিষয়ে আরও|.+ থেকে আরও)$/ })).toBeVisible();
    await expect(reader.getByRole("navigation", { name: "বিভাগসমূহ" })).toBeVisible();
    await expect(reader.getByRole("link", { name: "মূল লেখায় যান" })).toBeAttached();
    await expect(reader.getByRole("contentinfo")).toContainText("আরএসএস ফিড");
    // No English left in the page's own furniture.
    for (const english of ["Published:", "Share this story", "More on this topic", "Skip to content"])
      await expect(reader.locator("body")).not.toContainText(english);

    // The font: served from this site, and loaded for the Bangla text.
    const fonts = await reader.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replace(/["']/g, ""));
    });
    expect(fonts.length).toBeGreaterThan(0);
    expect(fontRequests.some((u) => u.startsWith(BASE) && u.endsWith(".woff2") && !u.includes("edition-label"))).toBe(
      true,
    );
    const family = await reader.locator("h1").evaluate((h) => getComputedStyle(h).fontFamily);
    expect(family.replace(/["']/g, "")).toContain(fonts[0]!);

    const { violations } = await new AxeBuilder({ page: reader }).analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
    expect(serious).toEqual([]);

    // The front page and search speak Bangla too.
    await reader.goto(`${BASE}/`);
    await expect(reader.locator("html")).toHaveAttribute("lang", "bn");
    await expect(reader.locator("main time").first()).toHaveText(BENGALI_DIGIT);
    await reader.goto(`${BASE}/search?q=Dhaka`);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("খুঁজুন");
    await expect(reader.getByRole("status")).toHaveText(/^“Dhaka” খুঁজে /);
    const missing = await reader.goto(`${BASE}/no-such-section-here`);
    expect(missing?.status()).toBe(404);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("পাতাটি পাওয়া যায়নি");

    // Latin digits on request, Bangla words kept.
    await saveSettings(page, { Locale: "bn-BD-u-nu-latn" });
    await reader.goto(ARTICLE);
    await expect(reader.locator("article header").getByText(/^প্রকাশ:/)).toHaveText(/^প্রকাশ: \S+ \d{1,2}:\d{2}, /);
  } finally {
    await saveSettings(page, { Locale: "en-GB", "City label": "Dhaka" });
  }
  await reader.goto(ARTICLE);
  await expect(reader.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(reader.getByText(/^Published:/)).toBeVisible();
});
