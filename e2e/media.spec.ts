import type { Page } from "@playwright/test";
import sharp from "sharp";
import { body, clickWorkflow, expectSaved, newStory, writeBasicStory } from "./helpers/editor";
import { sameOrigin } from "./helpers/env";
import { makeUser } from "./helpers/factory";
import { expect, test } from "./helpers/test";

// Test photos are drawn here: a two-colour JPEG, so crops and sizes are easy to reason about.
async function testPhoto(width = 1400, height = 900): Promise<Buffer> {
  const half = await sharp({ create: { width: Math.round(width / 2), height, channels: 3, background: "#c0392b" } })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: "#2471a3" } })
    .composite([{ input: half, left: 0, top: 0 }])
    .jpeg()
    .toBuffer();
}

async function uploadIn(
  page: Page,
  scope: ReturnType<Page["locator"]>,
  files: { name: string; mimeType: string; buffer: Buffer }[],
) {
  await scope.locator('input[type="file"]').setInputFiles(files);
}

test("a featured image with alt text, caption and credit reaches the article with srcset and credit; no alt, no publishing", async ({
  deskAs,
  browser,
}) => {
  const page = await deskAs("editor");
  await newStory(page);
  await writeBasicStory(
    page,
    "Ferry terminal reopens after repairs",
    "The Sadarghat terminal reopened on Monday after three weeks of repairs.",
  );

  // Choose image… → upload inside the picker: the new image becomes the featured image.
  await page.getByRole("button", { name: "Choose image…" }).click();
  const picker = page.getByRole("dialog", { name: "Choose the featured image" });
  await uploadIn(page, picker, [{ name: "terminal.jpg", mimeType: "image/jpeg", buffer: await testPhoto() }]);
  const featured = page.getByRole("region", { name: "Featured image" });
  await expect(featured.getByLabel("Alt text")).toBeVisible({ timeout: 30_000 });
  await expect(picker).toBeHidden();
  await expectSaved(page);

  // Publishing without alt text is refused, and says why.
  await clickWorkflow(page, "Submit for review");
  await expect(page.getByTestId("story-status")).toHaveText("In review");
  await clickWorkflow(page, "Publish");
  await expect(featured.getByRole("alert")).toHaveText("Add alt text to the featured image before publishing.");
  await expect(page.getByTestId("story-status")).toHaveText("In review");

  await featured.getByLabel("Alt text").fill("Passengers walk up the gangway of a launch at the reopened terminal");
  await featured.getByLabel("Caption").fill("The first launch left at 7am.");
  await featured.getByLabel("Credit").fill("Photo: Nusrat Jahan / Dateline");
  await featured.getByRole("button", { name: "Save details" }).click();
  await expect(featured.getByRole("status")).toHaveText("Saved.");
  await clickWorkflow(page, "Publish");
  await expect(page.getByTestId("story-status")).toHaveText("Published");

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/city/ferry-terminal-reopens-after-repairs");
  const figure = reader.locator("article figure.featured-image");
  const img = figure.locator("img");
  await expect(img).toHaveAttribute("alt", "Passengers walk up the gangway of a launch at the reopened terminal");
  const srcset = (await img.getAttribute("srcset"))!;
  expect(srcset.split(", ").map((s) => s.split(" ")[1])).toEqual(["320w", "640w", "960w", "1280w"]);
  await expect(img).toHaveAttribute("width", "1400");
  await expect(img).toHaveAttribute("height", "900");
  await expect(figure.locator("source[type='image/webp']")).toHaveAttribute("srcset", /\.webp 320w/);
  await expect(figure.locator("figcaption")).toContainText("The first launch left at 7am.");
  await expect(figure.locator(".credit")).toHaveText("Photo: Nusrat Jahan / Dateline");
  expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  const variant = await reader.request.get(srcset.split(" ")[0]!);
  expect(variant.status()).toBe(200);
  expect(variant.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  await reader.context().close();

  // The library now says where the image is used, and refuses to delete it.
  await page.goto("/dashboard/media?q=terminal");
  await page.getByRole("list", { name: "Images" }).getByRole("button").first().click();
  const details = page.getByRole("region", { name: "Image details" });
  await expect(details.getByRole("link", { name: "Ferry terminal reopens after repairs" })).toBeVisible();
  page.once("dialog", (d) => void d.accept());
  await details.getByRole("button", { name: "Delete image" }).click();
  await expect(details.getByRole("alert")).toHaveText(
    /used by a live story and cannot be deleted: “Ferry terminal reopens after repairs”/,
  );

  // Editing the image in the library changes the live (cached) article at once.
  const cached = await browser.newContext();
  const first = await cached.request.get("/city/ferry-terminal-reopens-after-repairs");
  expect(await first.text()).toContain("The first launch left at 7am.");
  await details.getByLabel("Caption").fill("The first launch left at 7am, to cheers from the ghat.");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByRole("status")).toHaveText("Saved.");
  const after = await cached.request.get("/city/ferry-terminal-reopens-after-repairs");
  expect(await after.text()).toContain("to cheers from the ghat.");
  await cached.close();
});

test("an inline image in the body is published as a lazy responsive figure", async ({ deskAs, browser }) => {
  const page = await deskAs("editor");
  await newStory(page);
  await writeBasicStory(page, "River taxi trial begins on the Buriganga", "Six boats will run every fifteen minutes.");
  await body(page).press("End");
  await page.getByRole("button", { name: "Insert image" }).click();
  const picker = page.getByRole("dialog", { name: "Insert an image" });
  await picker.getByRole("searchbox", { name: "Search the library" }).fill("Boats return");
  await picker.getByRole("button", { name: "Search", exact: true }).click();
  await picker.getByRole("button", { name: /^Use Illustration of fishing boats/ }).click();
  await expect(body(page).locator("figure img")).toHaveAttribute("src", /\/api\/media\/.+\/preview/);
  await expectSaved(page);
  await clickWorkflow(page, "Submit for review");
  await clickWorkflow(page, "Publish");
  await expect(page.getByTestId("story-status")).toHaveText("Published");

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/city/river-taxi-trial-begins-on-the-buriganga");
  const img = reader.locator(".prose-news figure picture img");
  await expect(img).toHaveAttribute("loading", "lazy");
  await expect(img).toHaveAttribute("alt", /fishing boats/);
  await expect(img).toHaveAttribute("srcset", /\/media\/v\/.+ 320w/);
  await expect(reader.locator(".prose-news figure figcaption")).toContainText("Boats return to the landing ghat");
  await reader.context().close();
});

test("uploads are judged by their bytes, one result per file; a reporter cannot touch others' images", async ({
  deskAs,
}) => {
  const page = await deskAs(await makeUser("reporter"));
  await page.goto("/dashboard/media");
  const zone = page.getByRole("main");
  const png = await sharp({
    create: { width: 500, height: 400, channels: 4, background: { r: 10, g: 200, b: 90, alpha: 1 } },
  })
    .png()
    .toBuffer();
  await uploadIn(page, zone, [
    {
      name: "chart.svg",
      mimeType: "image/svg+xml",
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    },
    { name: "empty.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(0) },
    { name: "renamed.jpg", mimeType: "image/jpeg", buffer: png },
    { name: "report.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n") },
  ]);
  const results = page.getByRole("list", { name: "Uploads" });
  await expect(results.getByRole("listitem").filter({ hasText: "chart.svg" }).getByRole("alert")).toHaveText(
    /SVG images are not accepted/,
    { timeout: 30_000 },
  );
  await expect(results.getByRole("listitem").filter({ hasText: "empty.jpg" }).getByRole("alert")).toHaveText(
    "The file is empty.",
  );
  await expect(results.getByRole("listitem").filter({ hasText: "report.pdf" }).getByRole("alert")).toHaveText(
    /PDFs are not accepted/,
  );
  await expect(results.getByRole("listitem").filter({ hasText: "renamed.jpg" }).getByRole("status")).toHaveText(
    "Uploaded",
    { timeout: 30_000 },
  );
  // Only the real image is in the library, stored as what it is (a PNG).
  await page.goto("/dashboard/media?q=renamed");
  await expect(page.getByRole("list", { name: "Images" }).getByRole("listitem")).toHaveCount(1);
  await page.getByRole("list", { name: "Images" }).getByRole("button").first().click();
  await expect(page.getByRole("region", { name: "Image details" })).toContainText("500 × 400 PNG");

  // Someone else's image: the server refuses the edit with a clear message.
  await page.goto("/dashboard/media?q=Boats+return");
  await page.getByRole("list", { name: "Images" }).getByRole("button").first().click();
  const details = page.getByRole("region", { name: "Image details" });
  await details.getByLabel("Caption").fill("Changed by a reporter");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByRole("alert")).toHaveText(
    "Reporters can edit only the images they uploaded. Ask an editor.",
  );
});

test("the upload API answers 413 with the limit, 401 when signed out, and never serves originals", async ({
  deskAs,
  browser,
}) => {
  const anonymous = await browser.newContext();
  const form = { file: { name: "x.jpg", mimeType: "image/jpeg", buffer: await testPhoto(200, 100) } };
  expect((await anonymous.request.post("/api/media", { multipart: form, headers: sameOrigin })).status()).toBe(401);
  expect((await anonymous.request.get("/media/o/00/" + "0".repeat(64) + ".jpg")).status()).toBe(404);
  await anonymous.close();

  const page = await deskAs("editor");
  const big = await page.request.post("/api/media", {
    headers: sameOrigin,
    multipart: { file: { name: "huge.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(21 * 1024 * 1024, 1) } },
  });
  expect(big.status()).toBe(413);
  expect(big.headers()["connection"]).toBe("close");
  expect((await big.json()).error).toMatch(/larger than the limit of 20 MB/);

  // Thirty files in one request: a result for each, in order; the bad ones store nothing.
  const small = await testPhoto(120, 80);
  const multipart = new FormData();
  for (let i = 0; i < 30; i++) {
    const bad = i % 3 === 2;
    multipart.append(
      "file",
      new Blob([new Uint8Array(bad ? small.subarray(0, 200) : small)], { type: "image/jpeg" }),
      `batch-${i}.jpg`,
    );
  }
  // The refused upload's body was left unread, so that answer closed its connection; the batch
  // goes on the same request context, which has to open a new one rather than be reset.
  const batch = await page.request.post("/api/media", { multipart, headers: sameOrigin });
  expect(batch.status()).toBe(200); // some failed: 200 with a result per file (201 when all succeed)
  const { results } = (await batch.json()) as { results: { fileName: string; ok: boolean; error?: string }[] };
  expect(results.map((r) => r.fileName)).toEqual(Array.from({ length: 30 }, (_, i) => `batch-${i}.jpg`));
  results.forEach((r, i) => {
    expect(r.ok).toBe(i % 3 !== 2);
    if (!r.ok) expect(r.error).toMatch(/damaged or incomplete/);
  });
  const listed = (await (await page.request.get("/api/media?q=batch-")).json()) as { total: number };
  expect(listed.total).toBe(20);
});
