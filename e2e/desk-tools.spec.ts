// The desk's tools (issue 12, capabilities 3, 5 and 7): clean paste from Word, Bijoy Bangla,
// embeds that load nothing from the provider before the reader asks, tables, and the keyboard.
// Driven at http://127.0.0.1 on purpose (the desk works at whatever address the browser used).
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, testAs } from "./helpers/test";

const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;
const WORD_HTML = readFileSync(path.join(import.meta.dirname, "../tests/fixtures/word-paste.html"), "utf8");
const YOUTUBE = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });
const saved = (page: Page) => expect(page.getByTestId("save-state")).toHaveText("Saved", { timeout: 15_000 });

async function newStory(page: Page, headline: string): Promise<string> {
  await page.goto(`${BASE}/dashboard`);
  await page.getByRole("button", { name: "New story" }).click();
  await expect(page).toHaveURL(/\/dashboard\/stories\/[0-9a-f-]{36}$/);
  // The body editor mounts after hydration; a field filled before that would be reset.
  await expect(body(page)).toBeVisible();
  await page.getByLabel("Headline", { exact: true }).fill(headline);
  await page.getByLabel("Standfirst").fill(`${headline}: the short version.`);
  await page.getByLabel("Section").selectOption({ label: "City" });
  await body(page).click();
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** A real paste: a ClipboardEvent carrying a DataTransfer, dispatched on the focused body. */
async function paste(page: Page, data: { html?: string; text: string }): Promise<void> {
  await body(page).evaluate((el, d) => {
    const dt = new DataTransfer();
    if (d.html) dt.setData("text/html", d.html);
    dt.setData("text/plain", d.text);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
}

async function publish(page: Page): Promise<void> {
  await saved(page);
  const workflow = page.getByRole("region", { name: "Workflow" });
  await workflow.getByRole("button", { name: "Submit for review", exact: true }).click();
  await expect(page.getByTestId("story-status")).toHaveText("In review");
  await workflow.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByTestId("story-status")).toHaveText("Published");
}

type Article = { url: string; body_html: string; embeds: { provider: string; url: string }[] };
async function article(page: Page, id: string): Promise<Article> {
  const res = await page.request.get(`${BASE}/api/v1/articles/${id}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Article;
}

// Every test's `page`: the demo editor's desk at BASE, signed in from the saved state.
const test = testAs("editor", BASE);

test("a Word document pastes as clean structure and is stored that way", async ({ page }) => {
  const id = await newStory(page, `Dredging budget ${Date.now()}`);
  await paste(page, { html: WORD_HTML, text: "Budget sets aside more for river dredging" });
  const editor = body(page);
  // The headline is the first block: no empty line is left where the paste landed.
  await expect(editor.locator(":scope > *").first()).toHaveText("Budget sets aside more for river dredging");
  await expect(editor.locator("h2").first()).toHaveText("Budget sets aside more for river dredging");
  await expect(editor.locator(":scope > ul > li")).toHaveCount(3);
  await expect(editor.locator(":scope > ol > li")).toHaveCount(2);
  await expect(editor.locator("ol ol > li")).toHaveText("Depth soundings on 14 routes");
  await expect(editor.locator("table th")).toHaveText(["River", "Allocation (Tk crore)"]);
  // The SutonnyMJ line arrives as Unicode Bangla.
  await expect(editor).toContainText("ঢাকা থেকে আমাদের প্রতিবেদক");
  await expect(page.getByRole("status").filter({ hasText: "Bijoy" })).toBeVisible();
  await publish(page);

  const { body_html: html } = await article(page, id);
  expect(html).toContain("<h2>Budget sets aside more for river dredging</h2>");
  expect(html).toContain(
    "<ul><li><p>Jamuna and Padma channels</p></li><li><p>Haor wetlands in the north-east</p></li><li><p>Coastal embankments</p></li></ul>",
  );
  expect(html).toContain(
    "<ol><li><p>Surveys before the monsoon</p><ol><li><p>Depth soundings on 14 routes</p></li></ol></li>",
  );
  expect(html).toMatch(/<strong>Tk 4,200 crore<\/strong>/);
  expect(html).toMatch(/<em>long overdue<\/em>/);
  expect(html).toMatch(/<a [^>]*href="https:\/\/example.org\/budget-speech"[^>]*>ministry website<\/a>/);
  expect(html).toContain('<thead><tr><th scope="col"><p><strong>River</strong></p></th>');
  expect(html).toContain("<p>ঢাকা থেকে আমাদের প্রতিবেদক</p>");
  for (const junk of ["style=", "Mso", "<span", "&nbsp;", "\u00a0", "<p></p>", "·"]) expect(html).not.toContain(junk);
});

test("an embed loads nothing from its provider until the reader asks", async ({ page, browser }) => {
  const id = await newStory(page, `River festival video ${Date.now()}`);
  await page.keyboard.type("Boats gathered at Sadarghat at dawn.");
  await page.keyboard.press("Enter");
  await paste(page, { text: YOUTUBE });
  const card = body(page).locator("figure.embed-card");
  await expect(card).toContainText("YouTube video");
  // The cursor waits on the line after it: typing goes on there.
  await page.keyboard.type("The procession ends at noon.");
  // Inserted from the toolbar too; an address off the allow-list is refused with a reason.
  await body(page).press("Enter");
  await page.getByRole("button", { name: "Insert embed" }).click();
  await page.getByLabel("Embed address").fill("https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ");
  await page.getByLabel("Embed address").press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "can be embedded" })).toBeVisible();
  await page.getByLabel("Embed address").fill("https://twitter.com/dhaka_desk/status/1790000000000000000");
  await page.getByLabel("Embed address").press("Enter");
  await expect(body(page).locator("figure.embed-card")).toHaveCount(2);
  await publish(page);

  const data = await article(page, id);
  expect(data.embeds).toEqual([
    { provider: "youtube", url: YOUTUBE },
    { provider: "x", url: "https://x.com/dhaka_desk/status/1790000000000000000" },
  ]);
  expect(data.body_html).toContain(`<p><a href="${YOUTUBE}">YouTube video: ${YOUTUBE}</a></p>`);
  expect(data.body_html).not.toContain("<button");

  // A reader (no session) on the public page.
  const reader = await browser.newPage();
  const thirdParty: string[] = [];
  reader.on("request", (r) => {
    if (!new URL(r.url()).host.startsWith("127.0.0.1")) thirdParty.push(r.url());
  });
  // No network here: the player is answered locally, so the test sees the request and the frame.
  await reader.route("https://www.youtube-nocookie.com/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>player</title><p>Player</p>" }),
  );
  const publicUrl = new URL(new URL(data.url).pathname, BASE).href;
  const response = await reader.goto(publicUrl);
  expect(response?.headers()["content-security-policy"]).toContain("frame-src https://www.youtube-nocookie.com");
  const figure = reader.locator("figure[data-embed=youtube]");
  await expect(figure).toContainText("YouTube video");
  await expect(figure.getByRole("link", { name: "Open on YouTube" })).toHaveAttribute("href", YOUTUBE);
  await reader.waitForLoadState("networkidle");
  expect(await reader.locator("iframe").count()).toBe(0);
  expect(thirdParty).toEqual([]);

  await figure.getByRole("button", { name: "Load YouTube video" }).click();
  const frame = figure.locator("iframe");
  await expect(frame).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
  await expect.poll(() => thirdParty).toContain("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
  await expect(reader.frameLocator("figure[data-embed=youtube] iframe").getByText("Player")).toBeVisible();
  // The X post is still only a placeholder.
  await expect(reader.locator("figure[data-embed=x] iframe")).toHaveCount(0);
  await reader.close();
});

test("Bijoy text converts to Unicode, and one undo (or the button) restores what was pasted", async ({ page }) => {
  await newStory(page, `Bijoy paste ${Date.now()}`);
  const bijoy = "Avgvi †mvbvi evsjv, Avwg †Zvgvq fv‡jvevwm|";
  const unicode = "আমার সোনার বাংলা, আমি তোমায় ভালোবাসি।";
  await paste(page, { text: bijoy });
  await expect(body(page)).toHaveText(unicode);
  const notice = page.getByRole("status").filter({ hasText: "Bijoy" });
  await expect(notice).toBeVisible();
  await page.keyboard.press("ControlOrMeta+z");
  await expect(body(page)).toHaveText(bijoy);
  await expect(notice).toHaveCount(0);

  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await paste(page, { text: bijoy });
  await expect(body(page)).toHaveText(unicode);
  await notice.getByRole("button", { name: "Undo conversion" }).click();
  await expect(body(page)).toHaveText(bijoy);
  // English is never taken for Bijoy.
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await paste(page, { text: "The river rose overnight and several villages were cut off." });
  await expect(body(page)).toHaveText("The river rose overnight and several villages were cut off.");
  await expect(notice).toHaveCount(0);
  await saved(page);
});

test("the keyboard reaches every tool: toolbar, / menu, shortcuts, find and replace, focus mode", async ({ page }) => {
  await newStory(page, `Keyboard desk ${Date.now()}`);
  await page.keyboard.type("Rain in Dhaka. More rain in Dhaka tonight.");

  // Alt+F10: to the toolbar; arrows along it; Escape back to the text, where typing continues.
  await page.keyboard.press("Alt+F10");
  await expect(page.getByRole("button", { name: "Paragraph" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("button", { name: "H2 (Heading 2)" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(body(page)).toBeFocused();

  // Ctrl+/: the shortcut list.
  await page.keyboard.press("ControlOrMeta+/");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help).toContainText("Find and replace");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  // Find and replace.
  await body(page).click();
  await page.keyboard.press("ControlOrMeta+f");
  const find = page.getByRole("search", { name: "Find and replace" });
  await find.getByLabel("Find", { exact: true }).fill("dhaka");
  await expect(page.getByTestId("find-count")).toHaveText("1 of 2");
  await expect(body(page).locator(".find-match")).toHaveCount(2);
  await find.getByLabel("Replace with", { exact: true }).fill("Chattogram");
  await find.getByRole("button", { name: "Replace all" }).click();
  await expect(body(page)).toHaveText("Rain in Chattogram. More rain in Chattogram tonight.");
  await find.getByRole("button", { name: "Close" }).click();

  // "/" on an empty line: the block menu; Escape gives back what was typed.
  await body(page).press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.press("/");
  const menu = page.getByRole("dialog", { name: "Insert a block" });
  await expect(menu).toBeVisible();
  await page.keyboard.type("head");
  await page.keyboard.press("Escape");
  await expect(body(page).locator("p").last()).toHaveText("/head");
  await page.keyboard.press("Backspace");
  for (let i = 0; i < 4; i++) await page.keyboard.press("Backspace");
  await page.keyboard.press("/");
  await page.keyboard.type("table");
  await page.keyboard.press("Enter");
  await expect(body(page).locator("table th")).toHaveCount(3);
  await page.keyboard.type("Party");
  await expect(body(page).locator("table th").first()).toHaveText("Party");
  const tableBar = page.getByRole("group", { name: "Table" });
  await tableBar.getByLabel("Caption", { exact: true }).fill("Seats won");
  await tableBar.getByLabel("Caption", { exact: true }).press("Enter");
  await expect(body(page).locator("table caption")).toHaveText("Seats won");

  // Distraction-free mode: on with Ctrl+Shift+F, off with Escape.
  await page.keyboard.press("ControlOrMeta+Shift+f");
  await expect(page.locator("[data-focus-mode=on]")).toBeVisible();
  // The workflow panel is under the overlay: what sits at its middle belongs to the body's view.
  const covered = await page.getByRole("region", { name: "Workflow" }).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, Math.max(r.top, 0) + 5);
    return !!top?.closest("[data-focus-mode=on]");
  });
  expect(covered).toBe(true);
  await page.keyboard.press("Escape");
  await expect(page.locator("[data-focus-mode=on]")).toHaveCount(0);
  await saved(page);
});

test("the editor page has an h1 and no axe violations", async ({ page }) => {
  await newStory(page, `Accessible desk ${Date.now()}`);
  await page.keyboard.type("A line to check.");
  await saved(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Edit story/);
  // label-content-name-mismatch is experimental in axe, so it is asked for by name.
  const { violations } = await new AxeBuilder({ page })
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  const found = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(found, found.join("\n")).toEqual([]);
});
