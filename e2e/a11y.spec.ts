import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// Seeded pages (scripts/seed/content.ts): one of each kind a reader meets, plus sign-in.
const ARTICLE = "/city/overnight-downpour-leaves-mirpur-and-shantinagar-streets-under-water";
const PAGES = [
  ["home", "/"],
  ["article", ARTICLE],
  ["section", "/city"],
  ["search", "/search?q=rain"],
  ["author", "/authors/nusrat-jahan-rimi"],
  ["newsroom page", "/about/standards"],
  ["sign-in", "/login"],
] as const;

/** Loads a page and waits until the theme script has run and the page has hydrated. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator("html[data-theme]")).toHaveCount(1);
  await page.waitForLoadState("load");
}

/** axe's serious and critical findings, one readable line per rule and element. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1).join(" ")}`).join("\n  ")}`,
    );
}

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe("axe finds no serious or critical problems", () => {
  for (const scheme of ["light", "dark"] as const) {
    for (const [name, path] of PAGES) {
      test(`${name} in ${scheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await open(page, path);
        // The system setting decides when the reader has chosen nothing.
        await expect(page.locator("html")).toHaveClass(new RegExp(`\\b${scheme}\\b`));
        const serious = await seriousViolations(page);
        expect(serious, serious.join("\n")).toEqual([]);
      });
    }
  }
});

test("the article works with a keyboard alone: skip link first, then into the story, then to the share buttons", async ({
  page,
}) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await open(page, ARTICLE);

  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  // Following the skip link moves the focus point to <main>: the next Tab lands inside the
  // story (its section link), not on the masthead's theme toggle or section navigation.
  await page.keyboard.press("Tab");
  await expect(page.locator("main").getByRole("link", { name: "City", exact: true })).toBeFocused();

  const share = page.getByRole("region", { name: "Share this story" });
  const copy = share.getByRole("button", { name: "Copy link" });
  let reachedFacebook = false;
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    if (await share.getByRole("link", { name: "Facebook" }).evaluate((el) => el === document.activeElement))
      reachedFacebook = true;
    if (await copy.evaluate((el) => el === document.activeElement)) break;
  }
  expect(reachedFacebook).toBe(true);
  await expect(copy).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(share.getByRole("status")).toHaveText(/^(Link copied|Copy this link: )/);
});

test("the theme toggle switches, persists across a reload, and follows the system when set to System", async ({
  page,
}) => {
  const hydrationErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /hydrat|#418|#423|#425/i.test(m.text())) hydrationErrors.push(m.text());
  });
  page.on("pageerror", (e) => hydrationErrors.push(e.message));

  await page.emulateMedia({ colorScheme: "light" });
  await open(page, "/");
  const html = page.locator("html");
  const toggle = page.getByRole("group", { name: "Colour theme" });
  const system = toggle.getByRole("button", { name: "System theme" });
  const light = toggle.getByRole("button", { name: "Light theme" });
  const dark = toggle.getByRole("button", { name: "Dark theme" });
  await expect(system).toHaveAttribute("aria-pressed", "true");
  await expect(html).toHaveClass(/\blight\b/);
  const lightBackground = await bodyBackground(page);

  await dark.click();
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(dark).toHaveAttribute("aria-pressed", "true");
  await expect(system).toHaveAttribute("aria-pressed", "false");
  expect(await bodyBackground(page)).not.toBe(lightBackground);

  await page.reload();
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
  expect(await bodyBackground(page)).not.toBe(lightBackground);
  // Dark chosen on a light system must look exactly like a dark system: axe agrees.
  const serious = await seriousViolations(page);
  expect(serious, serious.join("\n")).toEqual([]);

  // A stored choice outranks the system; System hands control back, live.
  await page.emulateMedia({ colorScheme: "dark" });
  await light.click();
  await expect(html).toHaveClass(/\blight\b/);
  await page.reload();
  await expect(html).toHaveClass(/\blight\b/);
  await system.click();
  await expect(html).toHaveClass(/\bdark\b/);
  await page.emulateMedia({ colorScheme: "light" });
  await expect(html).toHaveClass(/\blight\b/);

  // The toggle is usable from the keyboard too.
  await dark.focus();
  await page.keyboard.press("Space");
  await expect(html).toHaveClass(/\bdark\b/);
  expect(hydrationErrors).toEqual([]);
});

test("without JavaScript the system setting still decides and the inert toggle is hidden", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  expect(await bodyBackground(page)).not.toBe("rgb(255, 255, 255)");
  await expect(page.getByRole("group", { name: "Colour theme" })).toBeHidden();
  await context.close();
});

test("printing an article leaves the story, black on white, with link addresses", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await open(page, ARTICLE);
  // The seeded stories have no links in their bodies; add one as the renderer would.
  await page
    .locator(".prose-news p")
    .first()
    .evaluate((p) => {
      const a = document.createElement("a");
      a.href = "https://example.org/flood-report";
      a.textContent = "the flood report";
      p.append(" See ", a, ".");
    });
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  for (const hidden of [
    page.getByRole("navigation", { name: "Sections" }),
    page.getByRole("group", { name: "Colour theme" }),
    page.getByRole("region", { name: "Share this story" }),
    page.getByRole("region", { name: /^Follow / }),
    page.getByRole("region", { name: "More on this topic" }),
    page.getByRole("contentinfo"),
  ]) {
    await expect(hidden).toBeHidden();
  }
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const colours = await page.evaluate(() => ({
    body: getComputedStyle(document.body).backgroundColor,
    headline: getComputedStyle(document.querySelector("h1")!).color,
    link: getComputedStyle(document.querySelector(".prose-news a")!).color,
    after: getComputedStyle(document.querySelector(".prose-news a")!, "::after").content,
  }));
  expect(colours.body).toMatch(/^rgb\(255, 255, 255\)$/);
  expect(colours.headline).toBe("rgb(0, 0, 0)");
  expect(colours.link).toBe("rgb(0, 0, 0)");
  expect(colours.after).toContain("https://example.org/flood-report");
});

test.describe("nothing overflows a 320 px screen", () => {
  test.use({ viewport: { width: 320, height: 720 } });
  for (const [name, path] of [
    ["home", "/"],
    ["article", ARTICLE],
  ] as const) {
    test(name, async ({ page }) => {
      await open(page, path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      // The masthead's pieces stay inside the page's 16 px margins, not merely on the screen.
      const nav = page.getByRole("navigation", { name: "Sections" }).getByRole("link");
      const parts = [
        page.getByTestId("newsroom-clock").locator(".."),
        page.getByRole("group", { name: "Colour theme" }),
        page.getByRole("banner").getByRole("search"),
        page.getByRole("banner").getByRole("link", { name: "বাংলা" }),
        page.getByRole("banner").locator('a[href="/"]'),
        ...(await nav.all()),
      ];
      expect(parts.length).toBeGreaterThan(5);
      for (const part of parts) {
        const box = await part.boundingBox();
        expect(box, "visible").not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(16);
        expect(box!.x + box!.width).toBeLessThanOrEqual(304);
      }
      // The clock ticks without moving the page: the masthead is as tall with the shortest
      // time it can show as with the longest (which wraps on a narrow screen).
      const clock = page.getByTestId("newsroom-clock");
      const mastheadHeight = async (text: string) => {
        await clock.evaluate((time, t) => {
          time.textContent = t;
        }, text);
        return (await page.getByRole("banner").boundingBox())!.height;
      };
      const short = await mastheadHeight("1:05 am, Friday, 1 May 2026");
      expect(await mastheadHeight("12:59 pm, Wednesday, 30 September 2026")).toBe(short);
    });
  }
});
