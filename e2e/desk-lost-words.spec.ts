// Issue 19, item 14: a right that ends mid-edit must not lose the words being typed. The copy
// desk types while an editor publishes (or sends back) the story; the refused sentence is shown
// at once with the reason, and offered again from the device after a reload, read-only or on
// the "not found" page. Each test files its own story with a unique headline.
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
  test.setTimeout(150_000);
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
  test.setTimeout(150_000);
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
