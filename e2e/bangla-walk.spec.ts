import { expect, test, type Page } from "@playwright/test";

// Issue 21, item 3: a Bangla reader must not be able to tell /bn from a native Bangla site. This
// walks every kind of page under /bn, scripts off (what a first visit shows), and fails on any
// Latin-script word in text marked Bangla — the words the page speaks in its own voice. Text that
// declares itself another language (the "English" switch, an English contributor's name that
// the page marks lang="en") is the page being honest, not a leftover.

/** Latin words allowed in Bangla text: the names of things that are written this way in Bangla papers too. */
const ALLOWED = new Set(["RSS", "Atom"]);

/** Latin words in text whose nearest `lang` is Bangla. */
async function strayLatin(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, [hidden], [aria-hidden=true]")) continue;
      const lang = parent.closest("[lang]")?.getAttribute("lang") ?? document.documentElement.lang;
      if (!/^bn\b/i.test(lang)) continue;
      for (const word of node.textContent?.match(/[A-Za-z]{2,}/g) ?? [])
        found.push(`${word} (in “${node.textContent!.trim().slice(0, 60)}”)`);
    }
    return found;
  });
}

test.use({ javaScriptEnabled: false });

test("no English is left in the Bangla edition's pages", async ({ page }) => {
  test.setTimeout(120_000);
  // Every page is walked before the verdict, so one run lists every leftover.
  const stray: string[] = [];
  const visited: string[] = [];
  const check = async (what: string) => {
    visited.push(what);
    // The document itself says Bangla (issue 21, item 1), so the walk reads every page as Bangla.
    expect(await page.evaluate(() => document.documentElement.lang), what).toBe("bn");
    for (const w of await strayLatin(page)) if (!ALLOWED.has(w.split(" ")[0]!)) stray.push(`${what}: ${w}`);
  };

  await page.goto("/bn");
  await check("front");
  await page.getByRole("navigation", { name: "বিভাগসমূহ" }).getByRole("link").first().click();
  await check("section");
  await page.locator("main article a").first().click();
  await check("article");
  await page.goto("/bn/search?q=ঢাকা");
  await check("search results");
  await page.goto("/bn/search");
  await check("search");
  const notFound = await page.goto("/bn/no-such-section/no-such-story");
  expect(notFound?.status()).toBe(404);
  await check("404");
  // An address no page has, however deep, and one cut short by a messenger (400).
  expect((await page.goto("/bn/no/such/address/at/all"))?.status()).toBe(404);
  await check("deep 404");
  expect((await page.goto("/bn/%E0%A6%A8%E0%A6"))?.status()).toBe(400);
  await check("400");
  expect(visited).toHaveLength(8);
  expect(stray).toEqual([]);
});
