// The site's frame, as every public page must show it: one masthead, one footer with the
// newsroom's pages, the section nav and the clock.
import { expect, type Page } from "@playwright/test";

export const FOOTER_PAGES = ["/about", "/about/contact", "/about/standards", "/about/corrections", "/about/privacy"];

export async function expectChrome(page: Page) {
  // Exactly one masthead and one footer: a 404 inside the site must not nest a second frame.
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();
  await expect(page.getByTestId("newsroom-clock")).toBeVisible();
  const footer = page.getByRole("contentinfo");
  for (const path of [...FOOTER_PAGES, "/feed.xml"])
    await expect(footer.locator(`a[href="${path}"]`), `footer links ${path}`).toHaveCount(1);
  await expect(footer.getByRole("link", { name: "Corrections policy" })).toBeVisible();
}
