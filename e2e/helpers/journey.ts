// The editor's journey through the desk at one base URL, and a record of every address the
// browser was sent to on the way, so a spec can assert that none leaves the origin it used.
// Reused for any front (the app directly at 127.0.0.1, or a proxy at another host).
import { expect, type Page } from "@playwright/test";

export type Hop = { kind: "location" | "navigation" | "request"; from: string; to: string };

/** Starts recording: every response's Location (resolved), every main-frame navigation, every request. */
export function recordAddresses(page: Page): Hop[] {
  const hops: Hop[] = [];
  page.on("response", (response) => {
    const location = response.headers()["location"];
    if (location !== undefined)
      hops.push({ kind: "location", from: response.url(), to: new URL(location, response.url()).href });
  });
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame() && frame.url() !== "about:blank")
      hops.push({ kind: "navigation", from: "", to: frame.url() });
  });
  page.on("request", (request) => {
    if (/^https?:/.test(request.url())) hops.push({ kind: "request", from: page.url(), to: request.url() });
  });
  return hops;
}

/** The hops that went anywhere but `origin`. */
export function offOrigin(hops: Hop[], origin: string): Hop[] {
  return hops.filter((h) => new URL(h.to).origin !== origin);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Signs in through the form at `base` and expects the dashboard at that same origin. */
export async function signInAt(page: Page, base: string, account: { email: string; password: string }): Promise<void> {
  await page.goto(new URL("/login", base).href);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new URL("/dashboard", base).href);
  await expect(page.getByRole("heading", { name: /^Welcome, / })).toBeVisible();
}

/**
 * Sign in, New story, type a headline and wait for the save, History, restore a revision,
 * preview a public page (and try a hostile preview target), sign out — all at `base`.
 */
export async function editorJourney(
  page: Page,
  base: string,
  account: { email: string; password: string },
): Promise<void> {
  const at = (path: string) => new URL(path, base).href;

  await signInAt(page, base, account);

  await page.getByRole("button", { name: "New story" }).click();
  await expect(page).toHaveURL(new RegExp(`^${escape(at("/dashboard/stories/"))}[0-9a-f-]{36}$`));
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const headline = `Addresses journey ${Date.now()}`;
  await page.getByLabel("Headline", { exact: true }).fill(headline);
  await expect(page.getByTestId("save-state")).toHaveText("Saved", { timeout: 15_000 });

  await page.getByRole("link", { name: "History" }).click();
  await expect(page).toHaveURL(at(`/dashboard/stories/${id}/history`));
  await page
    .getByRole("button", { name: /^Restore revision from / })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`^${escape(at(`/dashboard/stories/${id}?restored=`))}\\d+$`));
  await expect(page.getByLabel("Headline", { exact: true })).toHaveValue(headline);

  // Preview keeps the path and query it was given, and a target that would leave the site
  // (a backslash reads as a slash in browsers) lands on the home page instead.
  await page.goto(at(`/api/preview?to=${encodeURIComponent("/search?q=Dhaka")}`));
  await expect(page).toHaveURL(at("/search?q=Dhaka"));
  await page.goto(at(`/api/preview?off=1&to=${encodeURIComponent("/\\evil.example")}`));
  await expect(page).toHaveURL(at("/"));

  await page.goto(at("/dashboard"));
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(at("/login"));
}
