// Issue 19, item 14: a right that ends mid-edit must not lose the words being typed. The copy
// desk types while an editor publishes (or sends back) the story; the refused sentence is shown
// at once with the reason, and offered again from the device after a reload, read-only or on
// the "not found" page. Each test files its own story with a unique headline.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccount } from "./helpers/env";
import { body, clickWorkflow, expectSaved } from "./helpers/editor";
import { signInAt } from "./helpers/journey";

const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;
const stamp = () => `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;

async function as(browser: Browser, role: Parameters<typeof demoAccount>[0]) {
  const context = await browser.newContext({ baseURL: BASE });
  const page = await context.newPage();
  await signInAt(page, BASE, await demoAccount(role));
  return { context, page };
}

/** A reporter's story in City, submitted for review; returns its id. */
async function storyInReview(page: Page, headline: string): Promise<string> {
  await page.goto(`${BASE}/dashboard`);
  await page.getByRole("button", { name: "New story" }).click();
  await expect(page).toHaveURL(/\/dashboard\/stories\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").pop()!;
  await page.getByLabel("Headline", { exact: true }).fill(headline);
  await page.getByLabel("Standfirst").fill(`${headline}: the short version.`);
  await page.getByLabel("Section").selectOption({ label: "City" });
  await body(page).click();
  await page.keyboard.type("Embankment repairs at Kamrangirchar began on Monday.");
  await expectSaved(page);
  await clickWorkflow(page, "Submit for review");
  await expect(page.getByTestId("story-status")).toHaveText("In review");
  return id;
}

/** The copy desk opens the story and types a sentence that cannot reach the server yet. */
async function typeOffline(browser: Browser, id: string, sentence: string) {
  const copy = await as(browser, "copy_editor");
  await copy.page.goto(`${BASE}/dashboard/stories/${id}`);
  await expect(copy.page.getByTestId("story-status")).toHaveText("In review");
  await copy.context.setOffline(true);
  await body(copy.page).click();
  await copy.page.keyboard.press("End");
  await copy.page.keyboard.type(` ${sentence}`);
  await expect(copy.page.getByTestId("save-state")).toHaveText("Offline — changes kept on this device", {
    timeout: 15_000,
  });
  return copy;
}

const unsaved = (page: Page) => page.getByRole("region", { name: "Your last changes were not saved" });

test("Publish while the copy desk types: the refused sentence is shown with why, and offered again after a reload", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const reporter = await as(browser, "reporter");
  const id = await storyInReview(reporter.page, `Embankment works ${stamp()}`);
  const sentence = "Residents say the contractor left the sluice gate open overnight.";
  const copy = await typeOffline(browser, id, sentence);

  const editor = await as(browser, "editor");
  await editor.page.goto(`${BASE}/dashboard/stories/${id}`);
  await clickWorkflow(editor.page, "Publish");
  await expect(editor.page.getByTestId("story-status")).toHaveText("Published");

  // Back online, the copy desk's save is refused: the words stay in view and the reason is given.
  await copy.context.setOffline(false);
  await expect(copy.page.getByTestId("save-state")).toHaveText("Saving stopped", { timeout: 30_000 });
  await expect(copy.page.getByRole("alert").filter({ hasText: "it is now published" })).toBeVisible();
  await expect(unsaved(copy.page).getByLabel("Your unsaved text")).toHaveValue(new RegExp(sentence));

  // After a reload the story is read-only for the copy desk, and the device copy is offered back.
  await copy.page.reload();
  await expect(copy.page.getByTestId("story-status")).toHaveText("Published");
  await expect(unsaved(copy.page)).toContainText("it is now published");
  await expect(unsaved(copy.page).getByLabel("Your unsaved text")).toHaveValue(new RegExp(sentence));
  await expect(unsaved(copy.page).getByRole("list", { name: "Paragraphs added" })).toContainText(sentence);
  await unsaved(copy.page).getByRole("button", { name: "Discard them" }).click();
  await expect(unsaved(copy.page)).toHaveCount(0);
  await copy.page.reload();
  await expect(copy.page.getByTestId("story-status")).toHaveText("Published");
  await expect(unsaved(copy.page)).toHaveCount(0);
});

test("Send back while the copy desk types: the story leaves their reach, and its 404 page offers the words", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const reporter = await as(browser, "reporter");
  const id = await storyInReview(reporter.page, `Sluice gate ${stamp()}`);
  const sentence = "The ward councillor promised a second pump by Thursday.";
  const copy = await typeOffline(browser, id, sentence);

  const editor = await as(browser, "editor");
  await editor.page.goto(`${BASE}/dashboard/stories/${id}`);
  await editor.page.getByLabel("Note for the reporter").fill("Needs the pump figures.");
  await clickWorkflow(editor.page, "Send back");
  await expect(editor.page.getByTestId("story-status")).toHaveText("Draft");

  await copy.context.setOffline(false);
  await expect(copy.page.getByTestId("save-state")).toHaveText("Saving stopped", { timeout: 30_000 });
  await expect(copy.page.getByRole("alert").filter({ hasText: "no longer open to you" })).toBeVisible();

  const reopened = await copy.page.reload();
  expect(reopened?.status()).toBe(404);
  await expect(unsaved(copy.page).getByLabel("Your unsaved text")).toHaveValue(new RegExp(sentence));
});

test("Keep mine in one tab: the other editor's tab stops saying Saved and points to History", async ({ browser }) => {
  test.setTimeout(300_000);
  const first = await as(browser, "editor");
  await first.page.goto(`${BASE}/dashboard`);
  await first.page.getByRole("button", { name: "New story" }).click();
  await expect(first.page).toHaveURL(/\/dashboard\/stories\/[0-9a-f-]{36}$/);
  const id = first.page.url().split("/").pop()!;
  await first.page.getByLabel("Headline", { exact: true }).fill(`Gas pressure ${stamp()}`);
  await body(first.page).click();
  await first.page.keyboard.type("Gas pressure fell in Mirpur on Sunday.");
  await expectSaved(first.page);

  // The second editor opens the same text and saves a correction first.
  const second = await as(browser, "admin");
  await second.page.goto(`${BASE}/dashboard/stories/${id}`);
  await body(second.page).click();
  await second.page.keyboard.press("End");
  await second.page.keyboard.type(" Titas blamed a valve at Gabtoli.");
  await expectSaved(second.page);

  // The first editor, still on the older version, types and keeps their own text.
  await body(first.page).click();
  await first.page.keyboard.press("End");
  await first.page.keyboard.type(" Cooking stoves were cold by noon.");
  await expect(first.page.getByRole("alertdialog", { name: "Someone else saved this story" })).toBeVisible({
    timeout: 20_000,
  });
  await first.page.getByRole("button", { name: "Keep mine as a new revision" }).click();
  await expectSaved(first.page);

  // The second editor is told on the next heartbeat, not at their next keystroke.
  await expect(second.page.getByRole("alert").filter({ hasText: "saved a newer version" })).toBeVisible({
    timeout: 45_000,
  });
  await expect(second.page.getByTestId("save-state")).not.toHaveText("Saved");
  await expect(second.page.getByRole("link", { name: "Open History" })).toBeVisible();
});

test("smaller desk fixes: New story starts at the headline, Ctrl+F with the bar open searches, heading buttons pass axe", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { page } = await as(browser, "editor");
  await page.goto(`${BASE}/dashboard`);
  await page.getByRole("button", { name: "New story" }).click();
  await expect(page).toHaveURL(/\/dashboard\/stories\/[0-9a-f-]{36}$/);
  await expect(page.getByLabel("Headline", { exact: true })).toBeFocused();
  await page.keyboard.type(`Find bar ${stamp()}`);

  await body(page).click();
  await page.keyboard.type("Rain flooded Shantinagar again on Tuesday.");
  await page.keyboard.press("ControlOrMeta+f");
  const find = page.getByRole("search", { name: "Find and replace" }).getByLabel("Find", { exact: true });
  await expect(find).toBeFocused();
  await page.keyboard.type("Rain");
  // Back in the story with the bar still open: Ctrl+F goes to the bar again, not into the text.
  await body(page).click();
  await page.keyboard.press("ControlOrMeta+f");
  await expect(find).toBeFocused();
  await page.keyboard.type("Tuesday");
  await expect(find).toHaveValue("Tuesday");
  await expect(body(page)).not.toContainText("RainTuesday");
  await expect(body(page)).toHaveText("Rain flooded Shantinagar again on Tuesday.");

  const { violations } = await new AxeBuilder({ page })
    .include("[data-testid=formatting-toolbar]")
    .withRules(["label-content-name-mismatch"])
    .analyze();
  expect(violations.flatMap((v) => v.nodes.map((n) => n.html))).toEqual([]);
});

test("the preview of a Bangla story is drawn in the Bangla frame", async ({ browser }) => {
  test.setTimeout(120_000);
  const { page } = await as(browser, "editor");
  await page.goto(`${BASE}/dashboard`);
  await page.getByRole("button", { name: "New story" }).click();
  await expect(page).toHaveURL(/\/dashboard\/stories\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").pop()!;
  await page.getByLabel("Headline", { exact: true }).fill("মিরপুরে নতুন বাস রুট চালু");
  await page.getByLabel("Section").selectOption({ label: "নগর" });
  await body(page).click();
  await page.keyboard.type("সোমবার থেকে নতুন রুটে বাস চলবে।");
  await expectSaved(page);
  await page.goto(`${BASE}/dashboard/stories/${id}/preview`);
  const frame = page.locator("iframe").first();
  await expect(frame).toHaveAttribute("src", new RegExp(`^/bn/_preview/${id}`));
  const inside = page.frameLocator("iframe").first();
  await expect(inside.getByRole("heading", { level: 1 })).toHaveText("মিরপুরে নতুন বাস রুট চালু");
  await expect(inside.locator("[lang=bn]").first()).toBeAttached();
  await expect(inside.getByRole("navigation", { name: "বিভাগসমূহ" })).toBeVisible();
});
