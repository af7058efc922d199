import { expect, type Page } from "@playwright/test";

/** From the dashboard overview: New story, then the editor for the new draft. Returns its id. */
export async function newStory(page: Page): Promise<string> {
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "New story" }).click();
  await expect(page).toHaveURL(/\/dashboard\/stories\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("textbox", { name: "Body" })).toBeVisible();
  return page.url().split("/").pop()!;
}

export function body(page: Page) {
  return page.getByRole("textbox", { name: "Body" });
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId("save-state")).toHaveText("Saved", { timeout: 15_000 });
}

/** Headline, standfirst, section and a body paragraph: enough to publish. */
export async function writeBasicStory(page: Page, headline: string, paragraph: string): Promise<void> {
  await page.getByLabel("Headline", { exact: true }).fill(headline);
  await page.getByLabel("Standfirst").fill(`${headline}: the short version.`);
  await page.getByLabel("Section").selectOption({ label: "City" });
  await body(page).click();
  await page.keyboard.type(paragraph);
  await expectSaved(page);
}

export async function clickWorkflow(page: Page, name: string): Promise<void> {
  await page.getByRole("region", { name: "Workflow" }).getByRole("button", { name, exact: true }).click();
}
