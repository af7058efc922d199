// Images in the story (issue 12, capability 6): alt text, caption and credit edited in place for
// one use, the library's values being the defaults; and the featured image's crops previewed.
// Driven at http://127.0.0.1 on purpose (Playwright's baseURL says localhost).

import { body, clickWorkflow, expectSaved, newStory, writeBasicStory } from "./helpers/editor";
import { expect, test } from "./helpers/test";

const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;
test.use({ baseURL: BASE });

// A seeded library photo (scripts/seed/photos.ts); this spec never changes its library row.
const LIBRARY_CAPTION = "The elevated line runs above Rokeya Sarani for much of its length.";

test("a body image's caption and alt are edited in place for this story; the library keeps its own", async ({
  deskAs,
  browser,
}) => {
  const page = await deskAs("editor");
  await newStory(page);
  await writeBasicStory(page, "Metro extends evening service", "Trains will run until eleven at night from Sunday.");
  await body(page).press("End");
  await page.getByRole("button", { name: "Insert image" }).click();
  const picker = page.getByRole("dialog", { name: "Insert an image" });
  await picker.getByRole("searchbox", { name: "Search the library" }).fill("elevated line");
  await picker.getByRole("button", { name: "Search", exact: true }).click();
  await picker.getByRole("button", { name: /^Use Illustration of an elevated rail line/ }).click();
  const figure = body(page).locator("figure[data-media-id]");
  await expect(figure).toBeVisible();
  const mediaId = (await figure.getAttribute("data-media-id"))!;

  // Selecting the image shows its per-use form, the library's values as placeholders.
  const form = page.getByRole("group", { name: "This image in this story" });
  await expect(form).toHaveCount(0);
  await figure.click();
  await expect(form).toBeVisible();
  await expect(form.getByLabel("Caption")).toHaveAttribute("placeholder", LIBRARY_CAPTION);
  await expect(form.getByLabel("Caption")).toHaveValue("");
  await form.getByLabel("Caption").fill("Commuters board the last train at Agargaon.");
  await form.getByLabel("Alt text").fill("A metro train at an elevated station at night");
  // Undoable like any edit: a mistaken credit goes back with Ctrl+Z from the text.
  await page.waitForTimeout(700); // past the history's grouping delay, so the undo takes only the credit
  await form.getByLabel("Credit").fill("Wrong credit");
  await form.getByLabel("Credit").press("Escape");
  await page.keyboard.press("ControlOrMeta+z");
  await expect(form.getByLabel("Credit")).toHaveValue("");
  await expect(form.getByLabel("Caption")).toHaveValue("Commuters board the last train at Agargaon.");
  await expectSaved(page);

  await clickWorkflow(page, "Submit for review");
  await expect(page.getByTestId("story-status")).toHaveText("In review");
  await clickWorkflow(page, "Publish");
  await expect(page.getByTestId("story-status")).toHaveText("Published");

  const reader = await (await browser.newContext({ baseURL: BASE })).newPage();
  await reader.goto("/city/metro-extends-evening-service");
  const published = reader.locator(`.prose-news figure[data-media-id="${mediaId}"]`);
  await expect(published.locator("figcaption")).toContainText("Commuters board the last train at Agargaon.");
  await expect(published.locator("figcaption")).not.toContainText("Rokeya Sarani");
  await expect(published.locator("img")).toHaveAttribute("alt", "A metro train at an elevated station at night");
  await reader.context().close();

  // The library item is untouched.
  const lib = await page.request.get(`/api/media/${mediaId}`);
  expect(lib.status()).toBe(200);
  const item = (await lib.json()) as { caption: string; alt: string };
  expect(item.caption).toBe(LIBRARY_CAPTION);
  expect(item.alt).toBe("Illustration of an elevated rail line crossing the city at sunrise");
});

test("the featured-image panel previews the three crops the site uses", async ({ deskAs }) => {
  const page = await deskAs("editor");
  await newStory(page);
  await page.getByRole("button", { name: "Choose image…" }).click();
  const picker = page.getByRole("dialog", { name: "Choose the featured image" });
  await picker.getByRole("searchbox", { name: "Search the library" }).fill("elevated line");
  await picker.getByRole("button", { name: "Search", exact: true }).click();
  await picker.getByRole("button", { name: /^Use Illustration of an elevated rail line/ }).click();
  const featured = page.getByRole("region", { name: "Featured image" });
  const crops = featured.getByRole("figure", { name: "How the site crops it" });
  await expect(crops).toBeVisible();
  for (const [label, ratio] of [
    ["16:9 · article page and cards", 16 / 9],
    ["4:3 · story lists", 4 / 3],
    ["1:1 · square (social and search)", 1],
  ] as const) {
    await expect(crops.getByText(label, { exact: true })).toBeVisible();
    const img = crops.getByRole("img", { name: `${label} crop` });
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    const shape = await img.evaluate((el: HTMLImageElement) => el.naturalWidth / el.naturalHeight);
    expect(Math.abs(shape - ratio)).toBeLessThan(0.02);
  }
});

test("a gallery picked from the library is published as a grid of captioned figures, and works without scripts", async ({
  deskAs,
  browser,
}) => {
  const page = await deskAs("editor");
  await newStory(page);
  await writeBasicStory(page, "Boat race draws crowds to the river", "Thousands lined both banks on Friday.");
  await body(page).press("End");
  await page.getByRole("button", { name: "Insert gallery" }).click();
  const builder = page.getByRole("region", { name: "New gallery" });
  const picker = page.getByRole("dialog", { name: "Add a photo to the gallery" });
  const pick = async (search: string, name: RegExp) => {
    await picker.getByRole("searchbox", { name: "Search the library" }).fill(search);
    await picker.getByRole("button", { name: "Search", exact: true }).click();
    await picker.getByRole("button", { name }).click();
    await expect(picker).toBeHidden();
  };
  await pick("elevated line", /^Use Illustration of an elevated rail line/);
  // One photo is not a gallery yet.
  await expect(builder.getByRole("button", { name: "Insert gallery" })).toBeDisabled();
  await builder.getByRole("button", { name: "Add photo…" }).click();
  await pick("Boats return", /^Use Illustration of fishing boats/);
  await expect(builder.getByRole("list", { name: "Photos in the gallery" }).getByRole("listitem")).toHaveCount(2);
  await builder.getByRole("button", { name: "Insert gallery" }).click();
  await expect(body(page).locator("figure.body-gallery img")).toHaveCount(2);

  // After insertion (issue 19, item 21): selecting the gallery opens its photos for this story.
  const panel = page.getByRole("group", { name: "This gallery in this story" });
  await expect(panel).toHaveCount(0);
  await body(page).locator("figure.body-gallery").click();
  await expect(panel).toBeVisible();
  const boats = panel.getByRole("group", { name: "Photo 2" });
  await expect(boats.getByLabel("Caption")).toHaveAttribute("placeholder", /Boats return to the landing ghat/);
  await boats.getByLabel("Caption").fill("Spectators on the Buriganga embankment.");
  await boats.getByLabel("Alt text").fill("Crowds watch long boats race past the embankment");
  // Two is the least a gallery holds; the boats move first.
  await expect(panel.getByRole("button", { name: "Remove photo 1" })).toBeDisabled();
  await panel.getByRole("button", { name: "Move photo 2 earlier" }).click();
  await expect(panel.getByRole("group", { name: "Photo 1" }).getByLabel("Caption")).toHaveValue(
    "Spectators on the Buriganga embankment.",
  );
  await expectSaved(page);
  await clickWorkflow(page, "Submit for review");
  await clickWorkflow(page, "Publish");
  await expect(page.getByTestId("story-status")).toHaveText("Published");

  // Scripts off: the grid is plain HTML and CSS.
  const context = await browser.newContext({ baseURL: BASE, javaScriptEnabled: false });
  const reader = await context.newPage();
  await reader.goto("/city/boat-race-draws-crowds-to-the-river");
  const gallery = reader.getByRole("group", { name: "Gallery, 2 photos" });
  await expect(gallery.getByRole("listitem")).toHaveCount(2);
  // The boats first, with this story's caption and alt text; the rail line keeps the library's.
  await expect(gallery.locator("img").nth(0)).toHaveAttribute(
    "alt",
    "Crowds watch long boats race past the embankment",
  );
  await expect(gallery.locator("figcaption").nth(0)).toContainText("Spectators on the Buriganga embankment.");
  await expect(gallery.locator("figcaption").nth(0)).not.toContainText("landing ghat");
  await expect(gallery.locator("img").nth(1)).toHaveAttribute("alt", /elevated rail line/);
  // Side by side on a desktop-wide window.
  const [first, second] = await Promise.all([
    gallery.getByRole("listitem").nth(0).boundingBox(),
    gallery.getByRole("listitem").nth(1).boundingBox(),
  ]);
  expect(Math.abs(first!.y - second!.y)).toBeLessThan(2);
  expect(second!.x).toBeGreaterThan(first!.x);
  await context.close();
});
