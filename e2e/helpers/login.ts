import { expect, type Page } from "@playwright/test";

export async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await fillSignIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: /^Welcome, / })).toBeVisible();
}

/** The message a form announces (Next.js has its own empty route-announcer alert on every page). */
export function formAlert(page: Page) {
  return page.locator("form").getByRole("alert");
}
