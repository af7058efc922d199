// Issue 21: the article's head in one or two lines — byline, then the publish time to the minute,
// reading time and views small — so on a 390 px phone the photo starts within the first screen.
// Scripts off: what a first visit on a cheap phone shows. E2E_SCREENSHOTS=<dir> also saves the
// head at 390 and 1280 px, light and dark, in both editions, to be looked at.
import { libraryPhoto, makeStory, uniqueBangla, type MadeStory } from "./helpers/factory";
import { expect, test } from "./helpers/test";
import type { Browser, Page } from "@playwright/test";

const PHONE = { width: 390, height: 844 };
const enc = encodeURIComponent;

async function story(edition: "en" | "bn"): Promise<{ made: MadeStory; path: string }> {
  // All of the Bangla story is Bangla (e2e/bangla-walk.spec.ts reads the edition for stray
  // English), and it is filed in Culture, whose pages that walk does not open: the library's
  // photo has an English caption.
  const bn = edition === "bn";
  const section = bn ? "সংস্কৃতি" : "city";
  const made = await makeStory({
    headline: bn
      ? uniqueBangla("নৌকাবাইচের ছবি নিয়ে শিল্পকলায় প্রদর্শনী শুরু, চলবে পুরো এক মাস")
      : "Buriganga riverside walkway opens to crowds from dawn to dusk in Old Dhaka",
    exactHeadline: bn,
    standfirst: bn
      ? "চল্লিশ বছরের নৌকাবাইচের আলোকচিত্র এক জায়গায়; আয়োজকেরা বলছেন, প্রতি সন্ধ্যায় মাঝিরা গল্প শোনাবেন।"
      : "The two-kilometre path runs from Sadarghat to Babubazar; the city corporation says lights go in before the monsoon.",
    paragraphs: bn
      ? [
          "শিল্পকলা একাডেমির জাতীয় চিত্রশালায় আজ প্রদর্শনীটি শুরু হয়েছে।",
          "প্রদর্শনীতে দেশের নানা নদীর নৌকাবাইচের দুই শতাধিক ছবি রাখা হয়েছে।",
          "প্রতিদিন সকাল দশটা থেকে রাত আটটা পর্যন্ত প্রদর্শনী খোলা থাকবে।",
        ]
      : undefined,
    section,
    featuredImageId: await libraryPhoto("fishing boats"),
    state: "published",
  });
  return { made, path: bn ? `/bn/${enc(section)}/${enc(made.slug)}` : made.path };
}

async function open(browser: Browser, path: string, viewport: typeof PHONE, scheme: "light" | "dark"): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport, colorScheme: scheme });
  const page = await context.newPage();
  expect((await page.goto(path))?.status()).toBe(200);
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

for (const edition of ["en", "bn"] as const) {
  test(`${edition}: the head is two lines and the photo starts on a phone's first screen`, async ({ browser }) => {
    const { path } = await story(edition);
    const page = await open(browser, path, PHONE, "light");
    const meta = page.getByTestId("story-meta");
    const facts = meta.locator("p").nth(1);
    // The byline, then one line of facts (two at most on a phone), not five lines.
    const lines = await facts.evaluate(
      (p) => p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight),
    );
    expect(lines).toBeLessThanOrEqual(2.1);
    // A line never breaks inside a time, the reading time or the views ("1 / min read").
    const split = await facts.evaluate((p) =>
      [...p.querySelectorAll("time, [data-testid]")]
        .filter((c) => new Set([...c.getClientRects()].map((r) => Math.round(r.top))).size > 1)
        .map((c) => c.textContent),
    );
    expect(split).toEqual([]);
    // To the minute: 5:13 pm / বিকেল ৫:১৩, with the second kept in the machine-readable time.
    const published = facts.locator("time").first();
    await expect(published).toHaveText(edition === "bn" ? /^\S+ [০-৯]{1,2}:[০-৯]{2}, / : /^\d{1,2}:\d{2} [ap]m, /);
    await expect(published).toHaveAttribute("datetime", /T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    await expect(facts.getByTestId("reading-time")).toBeVisible();
    await expect(facts.getByTestId("view-count")).toBeVisible();
    // The photo begins within the first screen of a 390 × 844 phone.
    const photoTop = await page
      .locator(".story-body figure, .story-body img")
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(photoTop).toBeLessThan(PHONE.height);
    await shoot(page, `article-${edition}-390-light`);
    await page.context().close();
    if (process.env.E2E_SCREENSHOTS) {
      for (const [viewport, scheme] of [
        [PHONE, "dark"],
        [{ width: 1280, height: 900 }, "light"],
        [{ width: 1280, height: 900 }, "dark"],
      ] as const) {
        const other = await open(browser, path, viewport, scheme);
        await shoot(other, `article-${edition}-${viewport.width}-${scheme}`);
        await other.context().close();
      }
    }
  });
}
