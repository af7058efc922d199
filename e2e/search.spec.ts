import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { makeStory } from "./helpers/factory";

// Words from the seeded demo newsroom (scripts/seed/content.ts): each appears in one story's body only.
const BODY_WORD = "carpenters";
const BODY_WORD_HEADLINE = "Restorers bring a 19th-century merchant house in Old Dhaka back from the brink";

/** Records every dialog the page opens (an injected alert would); the test expects none. */
function watchDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on("dialog", (dialog) => {
    seen.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

test.describe("reader search", () => {
  test("search from the page finds a seeded story by a body word, with the match highlighted", async ({ page }) => {
    await page.goto("/search");
    await expect(page).toHaveTitle(/^Search — /);
    await expect(page.getByText(/Search every published story/)).toBeVisible();

    await page.getByRole("main").getByRole("searchbox", { name: "Search" }).fill(BODY_WORD);
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${BODY_WORD}$`));
    await expect(page).toHaveTitle(new RegExp(`^Search: ${BODY_WORD} — `));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.getByRole("status")).toHaveText(`1 result for “${BODY_WORD}”`);
    await expect(page.getByRole("main").getByRole("searchbox", { name: "Search" })).toHaveValue(BODY_WORD);

    const result = page.locator("main article");
    await expect(result).toHaveCount(1);
    await expect(result.getByText("City", { exact: true })).toBeVisible();
    await expect(result.locator("mark")).toHaveText([new RegExp(`^${BODY_WORD}$`, "i")]);
    await expect(result.locator("mark").first()).toBeVisible();
    await expect(result.getByText(/^By /)).toBeVisible();
    await expect(result.locator("time")).toHaveText(/^\d{1,2} \w+ \d{4}$/);

    await result.getByRole("link", { name: BODY_WORD_HEADLINE }).click();
    await expect(page).toHaveURL(/\/city\/[^/?]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(BODY_WORD_HEADLINE);
  });

  test("the 404 page offers search, and headline words are highlighted too", async ({ page }) => {
    const response = await page.goto("/no-such-page-anywhere");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await page.getByRole("main").getByRole("searchbox", { name: "Search" }).fill("merchant house");
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=merchant\+house$/);
    const link = page.getByRole("link", { name: BODY_WORD_HEADLINE });
    await expect(link).toBeVisible();
    await expect(link.locator("mark")).toHaveText([/^merchant$/i, /^house$/i]);
  });

  test("pagination moves ten results at a time and keeps the query", async ({ page }) => {
    // Eleven stories of its own with a word no other story has: one full page and one more, which
    // no story another spec publishes meanwhile can shift between the pages.
    const word = `kestrelwatch${randomBytes(3).toString("hex")}`;
    for (let i = 1; i <= 11; i++)
      await makeStory({
        headline: `Search paging note ${i}`,
        paragraphs: [`Note ${i} from the ${word} desk, filed for search.`, "A second line of text."],
        state: "published",
      });
    await page.goto(`/search?q=${word}`);
    await expect(page.getByRole("status")).toHaveText(`11 results for “${word}” — page 1 of 2`);
    await expect(page.locator("main article")).toHaveCount(10);
    await expect(page.getByRole("link", { name: "Previous" })).toHaveCount(0);
    const firstPage = await page.locator("main article h2").allTextContents();

    await page.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}&page=2$`));
    await expect(page.getByRole("status")).toHaveText(`11 results for “${word}” — page 2 of 2`);
    const secondPage = await page.locator("main article h2").allTextContents();
    expect(secondPage).toHaveLength(1);
    expect(secondPage.filter((h) => firstPage.includes(h))).toEqual([]);
    await page.getByRole("link", { name: "Previous" }).click();
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
  });

  test("hostile and odd queries answer 200 with a page, never an error", async ({ page }) => {
    const dialogs = watchDialogs(page);
    const inputs = [
      "' OR 1=1 --",
      "<script>alert(1)</script>",
      '"""',
      "&&&",
      "'",
      ":*",
      "!",
      "%",
      "\\",
      "the of and",
      "বন্যা ঢাকা",
      "x".repeat(1000),
    ];
    for (const q of inputs) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response?.status(), q).toBe(200);
      await expect(page.getByRole("heading", { name: "Search", level: 1 })).toBeVisible();
      await expect(page.getByRole("status")).toContainText(/results? for “/);
      const body = (await page.locator("body").textContent()) ?? "";
      expect(body, q).not.toMatch(/syntax error|tsquery|postgres|Internal Server Error|Application error/i);
    }

    // Nothing matches these: a plain "No results", not an error.
    for (const q of ['"""', "&&&", ":*", "!", "the of and"]) {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      await expect(page.getByRole("status")).toHaveText(`No results for “${q}”`);
    }

    // A stray page number too; a NUL byte is no search (400 before Next, scripts/serve/bad-address.ts).
    expect((await page.goto("/search?q=floods&page=abc"))?.status()).toBe(200);
    expect((await page.goto("/search?q=%00floods"))?.status()).toBe(400);
    expect((await page.goto("/search?q=Dhaka&page=99999999999999999999"))?.status()).toBe(200);
    await expect(page.getByRole("link", { name: "Go to the last page" })).toBeVisible();
    expect(dialogs).toEqual([]);
  });

  test("a <script> query is shown as text, and a long query is cut to 200 characters with a note", async ({ page }) => {
    const dialogs = watchDialogs(page);
    const script = "<script>alert(1)</script>";
    await page.goto(`/search?q=${encodeURIComponent(script)}`);
    const status = page.getByRole("status");
    await expect(status).toContainText(` for “${script}”`);
    expect(await status.innerHTML()).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    await expect(page.getByRole("main").getByRole("searchbox", { name: "Search" })).toHaveValue(script);
    await expect(page).toHaveTitle(`Search: ${script} — The Dhaka Dateline`);
    expect(await page.locator("main script").count()).toBe(0);
    expect(dialogs).toEqual([]);

    await page.goto(`/search?q=${"y".repeat(1000)}`);
    await expect(
      page.getByText("Your search was longer than 200 characters, so only the first 200 were used."),
    ).toBeVisible();
    await expect(page.getByRole("main").getByRole("searchbox", { name: "Search" })).toHaveValue("y".repeat(200));
  });
});
