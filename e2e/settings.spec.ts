import type { Page } from "@playwright/test";
import { expect, test } from "./helpers/test";

const ARTICLE = "/city/overnight-downpour-leaves-mirpur-and-shantinagar-streets-under-water";

async function saveSettings(page: Page, values: Record<string, string>): Promise<void> {
  await page.goto("/dashboard/settings");
  for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole("button", { name: "Save settings" }).click();
}

test("timestamps and the masthead follow the time zone in site settings", async ({ deskAs, browser }) => {
  const page = await deskAs("admin");
  const reader = await (await browser.newContext()).newPage();

  await reader.goto(ARTICLE);
  const published = reader.locator("article header time").first();
  await expect(published).toHaveAttribute("datetime", /\+06:00$/);
  const dhakaIso = (await published.getAttribute("datetime"))!;
  await expect(reader.getByText("Dhaka", { exact: true })).toBeVisible();

  try {
    // A typo is refused with a message next to the field, and nothing changes.
    await saveSettings(page, { "Time zone": "Europe/Londn" });
    await expect(page.getByText("Use a time zone name like Asia/Dhaka or Europe/London.")).toBeVisible();
    await reader.reload();
    await expect(reader.locator("article header time").first()).toHaveAttribute("datetime", dhakaIso);

    await saveSettings(page, { "Time zone": "America/New_York", "City label": "New York" });
    await expect(page.getByRole("status")).toHaveText("Settings saved. Readers see them on their next page.");
    await reader.reload();
    const nyIso = (await reader.locator("article header time").first().getAttribute("datetime"))!;
    expect(nyIso).toMatch(/-0[45]:00$/);
    // The same instant, written in the other zone.
    expect(new Date(nyIso).getTime()).toBe(new Date(dhakaIso).getTime());
    await expect(reader.getByText("New York", { exact: true })).toBeVisible();
    const ld = JSON.parse((await reader.locator('script[type="application/ld+json"]').first().textContent())!) as {
      datePublished: string;
    };
    expect(ld.datePublished).toBe(nyIso);
  } finally {
    await saveSettings(page, { "Time zone": "Asia/Dhaka", "City label": "Dhaka" });
    await expect(page.getByRole("status")).toHaveText("Settings saved. Readers see them on their next page.");
  }
});

test("only admins reach site settings", async ({ deskAs }) => {
  const page = await deskAs("editor");
  const response = await page.goto("/dashboard/settings");
  expect(response?.status()).toBe(403);
});
