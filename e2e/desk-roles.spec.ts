// Desks and roles, and preview (issue 12, capabilities 8 and 1), driven in the browser at
// http://127.0.0.1 against the demo newsroom: Tanvir runs the Sport desk, Nusrat is the copy
// desk. Every refusal is checked twice: the button is not there, and the direct call fails.
import type { APIRequestContext, Page } from "@playwright/test";
import { body, clickWorkflow, expectSaved } from "./helpers/editor";
import { makeUser } from "./helpers/factory";
import { expect, test } from "./helpers/test";

const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;
const ORIGIN = { Origin: BASE };

/** New story at BASE, filed in `section`, written and saved; returns its id. */
async function fileStory(page: Page, section: string, headline: string, paragraph: string): Promise<string> {
  await page.goto(`${BASE}/dashboard`);
  await page.getByRole("button", { name: "New story" }).click();
  await expect(page).toHaveURL(/\/dashboard\/stories\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").pop()!;
  await page.getByLabel("Headline", { exact: true }).fill(headline);
  await page.getByLabel("Standfirst").fill(`${headline}: the short version.`);
  await page.getByLabel("Section").selectOption({ label: section });
  await body(page).click();
  await page.keyboard.type(paragraph);
  await expectSaved(page);
  return id;
}

async function submit(page: Page): Promise<void> {
  await clickWorkflow(page, "Submit for review");
  await expect(page.getByTestId("story-status")).toHaveText("In review");
}

/** The story's current version, read from the editor page's data, for a well-formed hand-made call. */
async function versionOf(page: Page, id: string): Promise<number> {
  await page.goto(`${BASE}/dashboard/stories/${id}`);
  const html = await page.content();
  const m = /\\?"version\\?":(\d+)/.exec(html);
  return Number(m?.[1] ?? 1);
}

async function directPublish(request: APIRequestContext, id: string, version: number) {
  return request.post(`${BASE}/api/stories/${id}/transition`, {
    headers: ORIGIN,
    data: { action: "publish", version },
  });
}

const workflow = (page: Page) => page.getByRole("region", { name: "Workflow" });

test("a section editor publishes in their section only: no Publish elsewhere, and a direct call is refused", async ({
  deskAs,
  request,
}) => {
  test.setTimeout(120_000);
  const reporter = await deskAs("reporter", { base: BASE });
  const cityId = await fileStory(reporter, "City", "Rickshaw lanes on Mirpur Road", "The lanes open on Sunday.");
  await submit(reporter);
  const sportId = await fileStory(reporter, "Sport", "Tigers name squad for Chattogram Test", "Two new caps.");
  await submit(reporter);

  const desk = await deskAs("section_editor", { base: BASE });
  // Another desk's story is not even there for them.
  const other = await desk.goto(`${BASE}/dashboard/stories/${cityId}`);
  expect(other?.status()).toBe(404);
  // Their own story filed in City: theirs to withdraw, not to publish.
  const ownCity = await fileStory(desk, "City", "Sport desk files a city brief", "Stadium traffic plan.");
  await submit(desk);
  await expect(workflow(desk).getByRole("button", { name: "Withdraw" })).toBeVisible();
  await expect(workflow(desk).getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);

  // Straight at the API with their session: refused, and nothing went live.
  for (const id of [cityId, ownCity]) {
    const v = await versionOf(desk, id);
    const refused = await directPublish(desk.request, id, v);
    expect([403, 404]).toContain(refused.status());
  }
  await reporter.goto(`${BASE}/dashboard/stories/${cityId}`);
  await expect(reporter.getByTestId("story-status")).toHaveText("In review");
  const publicCity = await request.get(`${BASE}/city/rickshaw-lanes-on-mirpur-road`);
  expect(publicCity.status()).toBe(404);

  // In Sport the same person publishes.
  await desk.goto(`${BASE}/dashboard/stories/${sportId}`);
  await clickWorkflow(desk, "Publish");
  await expect(desk.getByTestId("story-status")).toHaveText("Published");
  await expect
    .poll(async () => (await request.get(`${BASE}/sport/tigers-name-squad-for-chattogram-test`)).status())
    .toBe(200);
});

test("the copy desk edits a story in review, and cannot publish it", async ({ deskAs }) => {
  test.setTimeout(120_000);
  const reporter = await deskAs("reporter", { base: BASE });
  const id = await fileStory(reporter, "City", "Water tariff rises in July", "WASA set the new rate.");
  await submit(reporter);

  const copy = await deskAs("copy_editor", { base: BASE });
  await copy.goto(`${BASE}/dashboard/stories/${id}`);
  await expect(copy.getByTestId("story-status")).toHaveText("In review");
  await body(copy).click();
  await copy.keyboard.press("End");
  await copy.keyboard.type(" The rise is the third in two years.");
  await expectSaved(copy);
  await expect(workflow(copy).getByRole("button", { name: "Send back" })).toBeVisible();
  await expect(workflow(copy).getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
  await expect(workflow(copy).getByRole("button", { name: "Schedule" })).toHaveCount(0);

  const refused = await directPublish(copy.request, id, await versionOf(copy, id));
  expect(refused.status()).toBe(403);

  // The reporter sees the copy desk's sentence; the story is still in review.
  await reporter.goto(`${BASE}/dashboard/stories/${id}`);
  await expect(body(reporter)).toContainText("The rise is the third in two years.");
  await expect(reporter.getByTestId("story-status")).toHaveText("In review");
});

test("preview shows pending changes to a live story, with the social card and snippet, and the public page stays as it was", async ({
  deskAs,
  request,
}) => {
  test.setTimeout(150_000);
  const desk = await deskAs("editor", { base: BASE });
  const headline = "Night trains added on the Dhaka–Chattogram line";
  const id = await fileStory(desk, "City", headline, "Two night services start on Friday.");
  await submit(desk);
  await clickWorkflow(desk, "Publish");
  await expect(desk.getByTestId("story-status")).toHaveText("Published");
  const path = "/city/night-trains-added-on-the-dhaka-chattogram-line";
  await expect.poll(async () => (await request.get(`${BASE}${path}`)).status()).toBe(200);
  const before = await (await request.get(`${BASE}${path}`)).text();

  // Changes the readers must not see yet: a new sentence and the share fields.
  const added = "Tickets go on sale at Kamalapur from Wednesday.";
  await body(desk).click();
  await desk.keyboard.press("End");
  await desk.keyboard.type(` ${added}`);
  await desk.getByText("Social sharing (optional)").click();
  await desk.getByLabel("Social headline").fill("Two night trains to Chattogram from Friday");
  await desk.getByLabel("Social description").fill("Railway adds overnight services on the busiest route.");
  const popupPromise = desk.waitForEvent("popup");
  await desk.getByRole("button", { name: "Preview", exact: true }).click();
  const preview = await popupPromise;
  await expect(preview).toHaveURL(new RegExp(`/dashboard/stories/${id}/preview`));
  await expect(preview.getByRole("status")).toContainText("Readers still see the published version");

  for (const frame of ["Desktop preview", "Phone preview"]) {
    const article = preview.frameLocator(`iframe[title="${frame}"]`);
    await expect(article.getByRole("heading", { level: 1, name: headline })).toBeVisible();
    await expect(article.getByText(added)).toBeVisible();
  }
  await expect(preview.getByTestId("social-title")).toHaveText("Two night trains to Chattogram from Friday");
  await expect(preview.getByTestId("social-description")).toHaveText(
    "Railway adds overnight services on the busiest route.",
  );
  await expect(preview.getByTestId("snippet-title")).toHaveText(/^Night trains added on the Dhaka–Chattogram line/);
  await expect(preview.getByTestId("snippet-url")).toContainText(
    "city › night-trains-added-on-the-dhaka-chattogram-line",
  );
  await expect(preview.getByTestId("snippet-description")).toHaveText(`${headline}: the short version.`);

  // The public page, fetched as a reader, is exactly as before.
  const after = await (await request.get(`${BASE}${path}`)).text();
  expect(after).not.toContain(added);
  expect(after).not.toContain("Two night trains to Chattogram from Friday");
  const article = (html: string) => /<article[\s\S]*<\/article>/.exec(html)?.[0].replace(/\d[\d,]* views?/g, "");
  expect(article(after)).toBe(article(before));

  // Update puts both on the page and in its share tags.
  await desk.bringToFront();
  await clickWorkflow(desk, "Update");
  await expect.poll(async () => (await request.get(`${BASE}${path}`)).text(), { timeout: 15_000 }).toContain(added);
  const live = await (await request.get(`${BASE}${path}`)).text();
  expect(live).toContain('property="og:title" content="Two night trains to Chattogram from Friday"');
  expect(live).toContain(`<title>${headline}`);
});

test("an admin gives a section editor another desk on the users page; it applies at once and is in the audit log", async ({
  deskAs,
}) => {
  test.setTimeout(120_000);
  const reporter = await deskAs("reporter", { base: BASE });
  const id = await fileStory(reporter, "City", "Dhanmondi lake walkway reopens", "The path was resurfaced.");
  await submit(reporter);
  // Their own section editor (Sport only): other specs rely on the demo one running Sport alone.
  const sportEditor = await makeUser("section_editor", { sections: ["sport"] });
  const name = sportEditor.name;
  const desk = await deskAs(sportEditor, { base: BASE });
  expect((await desk.goto(`${BASE}/dashboard/stories/${id}`))?.status()).toBe(404);

  const admin = await deskAs("admin", { base: BASE });
  await admin.goto(`${BASE}/dashboard/users`);
  const desks = admin.getByRole("group", { name: `Sections ${name} runs` });
  await desks.getByLabel("City").check();
  await admin.getByRole("button", { name: `Save sections for ${name}` }).click();
  await expect(admin.getByText(`${name} now runs City, Sport.`)).toBeVisible();

  // The next request of the section editor already has the City desk.
  await desk.goto(`${BASE}/dashboard/stories/${id}`);
  await expect(workflow(desk).getByRole("button", { name: "Publish", exact: true })).toBeVisible();

  await admin.goto(`${BASE}/dashboard/audit?what=user.sections`);
  // Newest first: the admin's change, after the factory's own Sport assignment.
  const row = admin.getByRole("row").filter({ hasText: "user.sections" }).filter({ hasText: name }).first();
  await expect(row).toContainText('"to":["City","Sport"]');

  // Back to Sport only: the City desk is gone again on the next request.
  await admin.goto(`${BASE}/dashboard/users`);
  await admin
    .getByRole("group", { name: `Sections ${name} runs` })
    .getByLabel("City")
    .uncheck();
  await admin.getByRole("button", { name: `Save sections for ${name}` }).click();
  await expect(admin.getByText(`${name} now runs Sport.`)).toBeVisible();
  expect((await desk.goto(`${BASE}/dashboard/stories/${id}`))?.status()).toBe(404);
});
