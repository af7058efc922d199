// The desk on deadline (issue 12's defects): no keystroke lost to a closed tab, continuous typing,
// one bad field, a failing proxy, an expired session or another editor; and the editor's
// keyboard and focus behaviour. Each test failed on the code before the fix.
import type { Page } from "@playwright/test";
import { body, clickWorkflow, expectSaved, newStory, writeBasicStory } from "./helpers/editor";
import { makeUser } from "./helpers/factory";
import { DATABASE_UNREACHABLE } from "../lib/db-unreachable";
import { expect, test } from "./helpers/test";

const saveState = (page: Page) => page.getByTestId("save-state");
const storyPuts = (page: Page, id: string) => {
  const seen: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "PUT" && new URL(r.url()).pathname === `/api/stories/${id}`) seen.push(r.url());
  });
  return seen;
};

test("a burst typed just before the tab closes is on the device and offered back on reopen", async ({ deskAs }) => {
  const page = await deskAs(await makeUser("reporter"));
  const context = page.context();
  const id = await newStory(page);
  await writeBasicStory(page, "Burst before the bell", "The first line was saved.");
  await body(page).press("End");
  await page.keyboard.type(" Typed in the last second.");
  await page.close(); // at once: no beforeunload, no pause for a timer

  const again = await context.newPage();
  await again.goto(`/dashboard/stories/${id}`);
  const prompt = again.getByRole("alertdialog", { name: "Unsaved changes on this device" });
  await expect(prompt).toBeVisible();
  await expect(prompt.getByRole("list", { name: "Paragraphs added" })).toContainText("Typed in the last second.");
  await expect(prompt.getByRole("list", { name: "Paragraphs removed" })).toContainText("The first line was saved.");
  // Until the reporter chooses, nothing can overwrite the kept copy.
  await expect(body(again)).toHaveAttribute("contenteditable", "false");
  await prompt.getByRole("button", { name: "Restore my changes" }).click();
  await expect(prompt).toHaveCount(0);
  await expect(body(again)).toContainText("The first line was saved. Typed in the last second.");
  await expectSaved(again);
  await again.reload();
  await expect(body(again)).toContainText("Typed in the last second.");
  await expect(again.getByRole("alertdialog", { name: "Unsaved changes on this device" })).toHaveCount(0);
});

test("words typed while the editor is still loading stay in the form; only an earlier visit's are offered back", async ({
  deskAs,
}) => {
  const page = await deskAs(await makeUser("reporter"));
  const context = page.context();
  const id = await newStory(page);
  // The server is away, so the headline stays on the device only.
  await page.route(`**/api/stories/${id}`, (route) =>
    route.request().method() === "PUT" ? route.abort() : route.continue(),
  );
  await page.getByLabel("Headline", { exact: true }).fill("Typed while the page loads");
  const key = `dateline:story:${id}`;
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), key)).toContain("Typed while the page loads");
  const kept = (await page.evaluate((k) => localStorage.getItem(k), key))!;
  await page.close();

  // The same copy written after this page began loading, as a keystroke that lands while the page
  // hydrates is: the page's own typing, not an earlier visit's, so the form stays open.
  const loading = await context.newPage();
  await loading.addInitScript(
    ([k, copy]) => localStorage.setItem(k, JSON.stringify({ ...JSON.parse(copy), at: Date.now() })),
    [key, kept] as const,
  );
  await loading.goto(`/dashboard/stories/${id}`);
  await expect(body(loading)).toBeVisible();
  await expect(loading.getByLabel("Section")).toBeEnabled();
  await expect(loading.getByRole("alertdialog", { name: "Unsaved changes on this device" })).toHaveCount(0);
  await loading.close();

  // Written before this page began loading (a closed tab): offered back, the form held until then.
  const later = await context.newPage();
  await later.addInitScript(([k, copy]) => localStorage.setItem(k, copy), [key, kept] as const);
  await later.goto(`/dashboard/stories/${id}`);
  await expect(later.getByRole("alertdialog", { name: "Unsaved changes on this device" })).toBeVisible();
  await expect(later.getByLabel("Section")).toBeDisabled();
});

test("a headline typed before the editor's script has run is kept and saved", async ({ deskAs }) => {
  const page = await deskAs(await makeUser("reporter"));
  const id = await newStory(page);
  // The page's scripts are held back, as on a slow phone: the form is on screen, React is not.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  // Scripts only: the stylesheets (also under chunks/) block drawing, and the form must be drawn.
  const script = (url: URL) => url.pathname.startsWith("/_next/static/chunks/") && url.pathname.endsWith(".js");
  await page.route(script, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/dashboard/stories/${id}`, { waitUntil: "commit" });
  await page.getByLabel("Headline", { exact: true }).fill("Typed before the script ran");
  await expect(body(page)).toHaveCount(0); // the body editor is drawn by the script: not yet
  const saved = page.waitForResponse(
    (r) => r.request().method() === "PUT" && new URL(r.url()).pathname === `/api/stories/${id}`,
  );
  release();
  await expect(body(page)).toBeVisible();
  expect((await saved).ok()).toBe(true);
  await expectSaved(page);
  await page.unroute(script);
  await page.reload();
  await expect(page.getByLabel("Headline", { exact: true })).toHaveValue("Typed before the script ran");
});

test("the desk's links are not prefetched: a page costs the server one render, not one per link in view", async ({
  deskAs,
}) => {
  const page = await deskAs("editor");
  const renders: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith("/dashboard") && r.resourceType() !== "document") renders.push(url.pathname);
  });
  await page.goto("/dashboard/stories");
  await expect(page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Media" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(renders).toEqual([]);
  // A click still goes there, rendered when wanted.
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Media" }).click();
  await expect(page).toHaveURL(/\/dashboard\/media$/);
  expect(renders).toContain("/dashboard/media");
});

test("continuous typing is saved at least every 10 seconds", async ({ deskAs }) => {
  test.setTimeout(120_000); // a busy CI machine types slowly; the clock, not the wall, sets the pace
  const page = await deskAs(await makeUser("reporter"));
  const id = await newStory(page);
  await page.clock.install();
  await page.goto(`/dashboard/stories/${id}`);
  await expect(body(page)).toBeVisible();
  await page.clock.pauseAt(Date.now() + 60_000);
  const puts = storyPuts(page, id);
  await body(page).click();
  // 12 s of typing, a word every second: the 1.5 s pause the debounce waits for never comes.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.type(`word${i} `);
    await page.clock.runFor(1_000);
  }
  await expect.poll(() => puts.length).toBeGreaterThanOrEqual(1);
  await page.clock.resume();
  await expectSaved(page);
  await page.reload();
  await expect(body(page)).toContainText("word0 word1");
});

test("an over-long headline is marked with its limit while the rest of the story keeps saving", async ({ deskAs }) => {
  const page = await deskAs(await makeUser("reporter"));
  const id = await newStory(page);
  await writeBasicStory(page, "Budget session opens", "The finance minister rose at three.");
  const long = "Budget ".repeat(73).trim(); // 510 characters
  await page.getByLabel("Headline", { exact: true }).fill(long);
  await body(page).press("End");
  await page.keyboard.type(" The body still saves.");
  await expect(saveState(page)).toHaveText("Saved, except the fields marked below", { timeout: 15_000 });
  await expect(page.locator("#headline-count")).toContainText("510/300 characters");
  await expect(page.locator("#headline-error")).toHaveText("Headlines are at most 300 characters.");
  await expect(page.getByLabel("Headline", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await page.reload();
  await expect(body(page)).toContainText("The body still saves.");
  // The long headline was kept on the device, and is offered back.
  const prompt = page.getByRole("alertdialog", { name: "Unsaved changes on this device" });
  await expect(prompt).toContainText("Changed: Headline.");
  await prompt.getByRole("button", { name: "Restore my changes" }).click();
  await expect(page.getByLabel("Headline", { exact: true })).toHaveValue(long);
  await page.getByLabel("Headline", { exact: true }).fill("Budget session opens with a long debate");
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel("Headline", { exact: true })).toHaveValue("Budget session opens with a long debate");
  void id;
});

test("a 502 from a proxy is retried with back-off; an expired session links to sign in and come back", async ({
  deskAs,
}) => {
  const reporter = await makeUser("reporter");
  const page = await deskAs(reporter);
  const context = page.context();
  const id = await newStory(page);
  await writeBasicStory(page, "Gateway trouble", "Before the proxy failed.");

  let failures = 1;
  await page.route(`**/api/stories/${id}`, async (route) => {
    if (route.request().method() === "PUT" && failures > 0) {
      failures -= 1;
      return route.fulfill({ status: 502, contentType: "text/html", body: "<h1>502 Bad Gateway</h1>" });
    }
    return route.continue();
  });
  await body(page).press("End");
  await page.keyboard.type(" Sent through a failing proxy.");
  await expect(saveState(page)).toContainText("Not saved: the server did not answer — retrying in 2 s", {
    timeout: 15_000,
  });
  await expectSaved(page);
  await page.unroute(`**/api/stories/${id}`);

  // The session ends (expired, or signed out elsewhere): the words stay and a link leads back.
  await context.clearCookies();
  await body(page).press("End");
  await page.keyboard.type(" Typed after the session ended.");
  await expect(saveState(page)).toHaveText("Not saved: you are signed out — changes kept on this device", {
    timeout: 15_000,
  });
  const link = page.getByRole("link", { name: "Sign in again to save" });
  await expect(link).toHaveAttribute("href", `/login?callbackUrl=${encodeURIComponent(`/dashboard/stories/${id}`)}`);
  await link.click();
  await page.getByLabel("Email").fill(reporter.email);
  await page.getByLabel("Password").fill(reporter.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/stories/${id}$`));
  const prompt = page.getByRole("alertdialog", { name: "Unsaved changes on this device" });
  await expect(prompt).toContainText("Typed after the session ended.");
  await prompt.getByRole("button", { name: "Restore my changes" }).click();
  await expectSaved(page);
  await page.reload();
  await expect(body(page)).toContainText("Sent through a failing proxy. Typed after the session ended.");
});

test("while the database is away the desk says so, keeps the words and saves them by itself when it is back", async ({
  deskAs,
}) => {
  // The answer every route gives while PostgreSQL is unreachable (lib/http.ts; the server's side,
  // a 503 within 5 s during a real 30 s outage, is tests/integration/front-outage.test.ts).
  const page = await deskAs(await makeUser("reporter"));
  const id = await newStory(page);
  await writeBasicStory(page, "Database away", "Before PostgreSQL stopped.");
  let away = true;
  await page.route(`**/api/stories/${id}`, (route) =>
    away && route.request().method() === "PUT"
      ? route.fulfill({
          status: 503,
          contentType: "application/json",
          body: JSON.stringify({ error: DATABASE_UNREACHABLE, id: "e2e" }),
        })
      : route.continue(),
  );
  await body(page).press("End");
  await page.keyboard.type(" Typed while it was away.");
  await expect(page.getByText(DATABASE_UNREACHABLE)).toBeVisible({ timeout: 15_000 });
  away = false; // back: the next retry (every 3 s) lands without the reporter doing anything
  await expectSaved(page);
  await page.reload();
  await expect(body(page)).toContainText("Before PostgreSQL stopped. Typed while it was away.");
});

test("sign-in returns only to dashboard paths on this site", async ({ page }) => {
  const reporter = await makeUser("reporter");
  await page.goto(`/login?callbackUrl=${encodeURIComponent("https://evil.example/dashboard")}`);
  await page.getByLabel("Email").fill(reporter.email);
  await page.getByLabel("Password").fill(reporter.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test.describe("two editors, two tabs", () => {
  test("the tab already editing is told who opened the story, and one person's two tabs are warned", async ({
    deskAs,
  }) => {
    test.setTimeout(150_000); // two waits for a 20 s heartbeat
    const one = await deskAs("editor");
    const mineContext = one.context();
    const id = await newStory(one);
    await writeBasicStory(one, "Who else is here", "Opening line.");

    const two = await deskAs("admin");
    await two.goto(`/dashboard/stories/${id}`);
    await expect(two.getByText(/ is editing\./)).toBeVisible();
    // The first editor learns of it on the next heartbeat (every 20 s).
    await expect(one.getByText(/ opened this story too\. If you both edit/)).toBeVisible({ timeout: 30_000 });
    await two.context().close();

    // The same person in a second tab of the same browser.
    const other = await mineContext.newPage();
    await other.goto(`/dashboard/stories/${id}`);
    await expect(other.getByText("You have this story open in another tab or window.")).toBeVisible();
    await expect(one.getByText("You opened this story in another tab or window too.")).toBeVisible({
      timeout: 30_000,
    });
  });

  test("Keep both keeps the other editor's sentence, and Keep mine says what it would drop", async ({ deskAs }) => {
    const one = await deskAs("editor");
    const id = await newStory(one);
    await writeBasicStory(one, "Two desks, both kept", "Opening paragraph.");
    const two = await deskAs("admin");
    await two.goto(`/dashboard/stories/${id}`);

    await body(one).press("End");
    await one.keyboard.press("Enter");
    await one.keyboard.type("The first desk adds a quote.");
    await expectSaved(one);
    await body(two).press("End");
    await two.keyboard.type(" The second desk adds a figure.");
    const conflict = two.getByRole("alertdialog", { name: "Someone else saved this story" });
    await expect(conflict).toBeVisible({ timeout: 15_000 });
    await expect(conflict.getByTestId("conflict-drops")).toContainText("The first desk adds a quote.");
    await conflict.getByRole("button", { name: "Keep both" }).click();
    await expectSaved(two);
    await two.reload();
    await expect(body(two)).toContainText("Opening paragraph. The second desk adds a figure.");
    await expect(body(two)).toContainText("The first desk adds a quote.");
  });

  test("a tab displaced by a take-over never says Saved and shows the refused words with a copy button", async ({
    deskAs,
  }) => {
    const reporter = await makeUser("reporter");
    const mine = await deskAs(reporter);
    await mine.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const id = await newStory(mine);
    await writeBasicStory(mine, "Displaced", "Reporter's line.");

    const desk = await deskAs("editor");
    await desk.goto(`/dashboard/stories/${id}`);
    await desk.getByRole("button", { name: "Take over" }).click();
    await expect(desk.getByText(`${reporter.name} is editing.`)).toHaveCount(0);

    await body(mine).press("End");
    await mine.keyboard.type(" Words the server refused.");
    const panel = mine.getByRole("region", { name: "Your last changes were not saved" });
    // Shown once the next heartbeat says who took over (within 20 s); the state never reverts to Saved.
    await expect(panel).toBeVisible({ timeout: 30_000 });
    await expect(saveState(mine)).toHaveText("Saving stopped");
    await expect(panel.getByLabel("Your unsaved text")).toHaveValue(/Words the server refused\./);
    await panel.getByRole("button", { name: "Copy my text" }).click();
    expect(await mine.evaluate(() => navigator.clipboard.readText())).toContain("Words the server refused.");
  });
});

test.describe("editing keys and focus", () => {
  test("Ctrl+K opens a focused link field; after applying, typing goes after the link", async ({ deskAs }) => {
    const page = await deskAs(await makeUser("reporter"));
    await newStory(page);
    await body(page).click();
    await page.keyboard.type("Read the full report");
    for (let i = 0; i < "full report".length; i++) await page.keyboard.press("Shift+ArrowLeft");
    await page.keyboard.press("Control+k");
    const field = page.getByLabel("Link address");
    await expect(field).toBeFocused();
    await field.fill("https://example.com/report");
    await field.press("Enter");
    await expect(body(page)).toBeFocused();
    await page.keyboard.type(" today.");
    await expect(body(page)).toContainText("Read the full report today.");
    await expect(body(page).getByRole("link", { name: "full report" })).toHaveAttribute(
      "href",
      "https://example.com/report",
    );
    await expectSaved(page);
  });

  test("after inserting an image the next sentence goes into the body, after the image", async ({ deskAs }) => {
    const page = await deskAs("editor");
    await newStory(page);
    await writeBasicStory(page, "Boats at dawn", "The fleet came in early.");
    await body(page).press("End");
    await page.getByRole("button", { name: "Insert image" }).click();
    const picker = page.getByRole("dialog", { name: "Insert an image" });
    await picker.getByRole("searchbox", { name: "Search the library" }).fill("Boats return");
    await picker.getByRole("button", { name: "Search", exact: true }).click();
    await picker.getByRole("button", { name: /^Use Illustration of fishing boats/ }).click();
    await expect(body(page).locator("figure img")).toBeVisible();
    await expect(body(page)).toBeFocused();
    await page.keyboard.type("Typed after the photo.");
    await expect(body(page)).toContainText("Typed after the photo.");
    // In a paragraph after the figure (the image's node view wraps it, so not a plain sibling).
    const afterFigure = await body(page).evaluate((el) => {
      const figure = el.querySelector("figure");
      const typed = [...el.querySelectorAll("p")].find((p) => p.textContent?.includes("Typed after the photo."));
      return !!figure && !!typed && !!(figure.compareDocumentPosition(typed) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(afterFigure).toBe(true);
    await expect(body(page).locator("figure")).toHaveCount(1);
  });
});

test.describe("dashboard", () => {
  test("overview counts are links to the filtered list; a done message is a status, not an alert", async ({
    deskAs,
  }) => {
    const page = await deskAs(await makeUser("reporter"));
    await newStory(page);
    await writeBasicStory(page, "Counted in review", "One line.");
    await clickWorkflow(page, "Submit for review");
    const done = page.getByText("Done: the story is now in review.");
    await expect(done).toBeVisible();
    await expect(done).toHaveAttribute("role", "status");
    await expect(done).not.toHaveClass(/red/);

    await page.goto("/dashboard");
    await page.getByRole("link", { name: "In review" }).click();
    await expect(page).toHaveURL(/\/dashboard\/stories\?tab=mine&state=in_review$/);
    await expect(page.getByRole("link", { name: "Counted in review" })).toBeVisible();
  });

  test("bylines are found by typing; the home arrangement searches every published story", async ({ deskAs }) => {
    const page = await deskAs("editor");
    await newStory(page);
    const add = page.getByRole("combobox", { name: "Add a byline" });
    const someone = (await page.locator("#byline-options option").first().getAttribute("value"))!;
    await add.fill(someone);
    await add.press("Enter");
    const name = someone.replace(/ \(contributor\)$/, "");
    await expect(
      page.getByRole("group", { name: "Bylines" }).getByRole("listitem").filter({ hasText: name }),
    ).toHaveCount(1);
    await expect(page.locator("#byline-options option")).not.toHaveCount(0);
    expect(await page.locator(`#byline-options option[value="${someone}"]`).count()).toBe(0);

    await page.goto("/dashboard/home");
    const choices = page.getByLabel("Add a published story").locator("option");
    const first = (await choices.nth(1).textContent())!.trim();
    const word = first.split(" ").find((w) => w.length > 5)!;
    await page.getByLabel("Find a published story").fill(word);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    // (The arrangement is per edition, so the address names one too.)
    await expect(page).toHaveURL((url) => url.pathname === "/dashboard/home" && url.searchParams.get("q") === word);
    await expect(choices.nth(1)).toHaveText(first);
    for (const text of await choices.allTextContents()) {
      if (text.startsWith("Choose")) continue;
      expect(text.toLowerCase()).toContain(word.toLowerCase());
    }
  });
});
