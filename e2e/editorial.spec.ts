import { body, clickWorkflow, expectSaved, newStory, writeBasicStory } from "./helpers/editor";
import { sameOrigin } from "./helpers/env";
import { makeUser } from "./helpers/factory";
import { expect, test } from "./helpers/test";

test.describe("the editorial desk", () => {
  test("reporter writes, editor sends back with a note, reporter revises, editor publishes, readers see it", async ({
    deskAs,
    browser,
  }) => {
    const reporter = await makeUser("reporter");
    const page = await deskAs(reporter);
    const id = await newStory(page);

    await page.getByLabel("Headline", { exact: true }).fill("Bus lane trial starts on Mirpur Road");
    await page.getByLabel("Standfirst").fill("Buses get a lane of their own for six weeks.");
    await page.getByLabel("Section").selectOption({ label: "City" });
    await body(page).click();
    await page.keyboard.type("The city corporation will paint the lane this week.");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Heading 2" }).click();
    await page.keyboard.type("What changes");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Bulleted list" }).click();
    await page.keyboard.type("Cars keep two lanes");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Rickshaws use the service road");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Read the plan");
    await page.keyboard.down("Shift");
    for (let i = 0; i < "the plan".length; i++) await page.keyboard.press("ArrowLeft");
    await page.keyboard.up("Shift");
    await page.getByRole("button", { name: "Link", exact: true }).click();
    await page.getByLabel("Link address").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Apply link" }).click();
    await expect(page.getByText("Links must start with http://, https://, mailto: or tel:.")).toBeVisible();
    await page.getByLabel("Link address").fill("https://example.org/bus-lane-plan");
    await page.getByRole("button", { name: "Apply link" }).click();
    await expectSaved(page);
    await expect(page.getByLabel("Slug")).toHaveValue("bus-lane-trial-starts-on-mirpur-road");

    // Reload: everything is there.
    await page.reload();
    await expect(page.getByLabel("Headline", { exact: true })).toHaveValue("Bus lane trial starts on Mirpur Road");
    await expect(body(page).locator("h2")).toHaveText("What changes");
    await expect(body(page).locator("ul li")).toHaveText(["Cars keep two lanes", "Rickshaws use the service road"]);
    await expect(body(page).locator("a")).toHaveAttribute("href", "https://example.org/bus-lane-plan");
    await expect(page.getByRole("region", { name: "Workflow" }).getByRole("button", { name: "Publish" })).toHaveCount(
      0,
    );
    await clickWorkflow(page, "Submit for review");
    await expect(page.getByTestId("story-status")).toHaveText("In review");

    // The editor sends it back: a note is required.
    const desk = await deskAs("editor");
    await desk.goto("/dashboard/stories?tab=review");
    await desk.getByRole("link", { name: "Bus lane trial starts on Mirpur Road" }).click();
    await clickWorkflow(desk, "Send back");
    await expect(desk.getByText("Add a note saying what needs changing.")).toBeVisible();
    await desk.getByLabel("Note for the reporter").fill("Add when the trial ends and who enforces the lane.");
    await clickWorkflow(desk, "Send back");
    await expect(desk.getByTestId("story-status")).toHaveText("Draft");

    // The reporter sees the note (flagged unread in their list), revises and resubmits.
    await page.goto("/dashboard/stories");
    const row = page.getByRole("row").filter({ hasText: "Bus lane trial starts on Mirpur Road" });
    await expect(row.getByText("Unread notes")).toBeVisible();
    await row.getByRole("link", { name: "Bus lane trial starts on Mirpur Road" }).click();
    await expect(page.getByRole("region", { name: "Notes" })).toContainText(
      "Add when the trial ends and who enforces the lane.",
    );
    await body(page).locator("p").first().click();
    await page.keyboard.press("End");
    await page.keyboard.type(" The trial ends on 15 January; traffic police enforce it.");
    await expectSaved(page);
    await clickWorkflow(page, "Submit for review");
    await expect(page.getByTestId("story-status")).toHaveText("In review");

    // The editor publishes; the public page shows it.
    await desk.goto(`/dashboard/stories/${id}`);
    await clickWorkflow(desk, "Publish");
    await expect(desk.getByTestId("story-status")).toHaveText("Published");
    const reader = await browser.newPage();
    await reader.goto("/city/bus-lane-trial-starts-on-mirpur-road");
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Bus lane trial starts on Mirpur Road");
    await expect(reader.locator(".prose-news")).toContainText("traffic police enforce it");
    await expect(reader.locator(".prose-news h2")).toHaveText("What changes");
    await expect(reader.locator(".prose-news a")).toHaveAttribute("href", "https://example.org/bus-lane-plan");
    await expect(reader.getByText(`By ${reporter.name}`)).toBeVisible();
    await reader.close();
  });

  test("a reporter has no Publish button, and a direct publish call is refused with 403", async ({ deskAs }) => {
    const page = await deskAs(await makeUser("reporter"));
    const id = await newStory(page);
    await writeBasicStory(page, "Reporter tries to publish", "This should never go live by accident.");
    await clickWorkflow(page, "Submit for review");
    await expect(page.getByTestId("story-status")).toHaveText("In review");
    const workflow = page.getByRole("region", { name: "Workflow" });
    await expect(workflow.getByRole("button", { name: "Withdraw" })).toBeVisible();
    for (const name of ["Publish", "Schedule", "Send back", "Unpublish"])
      await expect(workflow.getByRole("button", { name })).toHaveCount(0);

    for (const version of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const response = await page.request.post(`/api/stories/${id}/transition`, {
        data: { action: "publish", version },
        headers: sameOrigin,
      });
      expect(response.status()).toBe(403);
    }
    await page.reload();
    await expect(page.getByTestId("story-status")).toHaveText("In review");
    expect((await page.request.get("/city/reporter-tries-to-publish")).status()).toBe(404);
  });

  test("two people save the same story: the second gets the conflict view and both texts survive", async ({
    deskAs,
  }) => {
    const one = await deskAs("editor");
    const id = await newStory(one);
    await writeBasicStory(one, "Two desks, one story", "Opening paragraph.");

    const two = await deskAs("admin");
    await two.goto(`/dashboard/stories/${id}`);
    await expect(two.getByText("Imran Chowdhury is editing.")).toBeVisible();

    await body(one).click();
    await one.keyboard.press("End");
    await one.keyboard.type(" Text from the first desk.");
    await expectSaved(one);

    await body(two).click();
    await two.keyboard.press("End");
    await two.keyboard.type(" Text from the second desk.");
    const conflict = two.getByRole("alertdialog", { name: "Someone else saved this story" });
    await expect(conflict).toBeVisible({ timeout: 15_000 });
    await expect(conflict.getByLabel("Their version")).toHaveValue(/Text from the first desk\./);
    await expect(conflict.getByLabel("Your version")).toHaveValue(/Text from the second desk\./);
    await conflict.getByRole("button", { name: "Keep mine as a new revision" }).click();
    await expectSaved(two);

    // The first desk's text is kept in history (the newest two revisions differ by exactly
    // that word); the second desk's is current.
    await two.goto(`/dashboard/stories/${id}/history`);
    await expect(
      two
        .locator("del")
        .filter({ hasText: /^first$/ })
        .first(),
    ).toBeVisible();
    await expect(
      two
        .locator("ins")
        .filter({ hasText: /^second$/ })
        .first(),
    ).toBeVisible();
    await two.goto(`/dashboard/stories/${id}`);
    await expect(body(two)).toContainText("Text from the second desk.");

    // Restoring the first desk's revision brings it back as a new revision.
    await two.goto(`/dashboard/stories/${id}/history`);
    const restoreButtons = two.getByRole("button", { name: /^Restore revision from / });
    const before = await restoreButtons.count();
    await restoreButtons.nth(1).click();
    await expect(two).toHaveURL(new RegExp(`/dashboard/stories/${id}\\?restored=`));
    await expect(body(two)).toContainText("Text from the first desk.");
    await two.goto(`/dashboard/stories/${id}/history`);
    await expect(restoreButtons).toHaveCount(before + 1);
  });

  test("an editor schedules a story a few seconds ahead and it goes live on its own", async ({ deskAs }) => {
    const page = await deskAs("editor");
    await newStory(page);
    await writeBasicStory(
      page,
      "Scheduled bulletin goes out on time",
      "This went live without anyone pressing a button.",
    );
    await clickWorkflow(page, "Submit for review");
    await expect(page.getByTestId("story-status")).toHaveText("In review");

    // The input is in the newsroom's time zone (Dhaka, UTC+6).
    const at = new Date(Date.now() + 6_000 + 6 * 3_600_000).toISOString().slice(0, 19);
    await page.getByLabel(/^Publish at/).fill(at);
    await clickWorkflow(page, "Schedule");
    await expect(page.getByTestId("story-status")).toHaveText("Scheduled");
    const url = "/city/scheduled-bulletin-goes-out-on-time";
    expect((await page.request.get(url)).status()).toBe(404);
    await expect
      .poll(async () => (await page.request.get(url)).status(), { timeout: 30_000, intervals: [500] })
      .toBe(200);
    await page.reload();
    await expect(page.getByTestId("story-status")).toHaveText("Published");
  });

  test("offline edits are kept on the device and sent when the connection returns", async ({ deskAs }) => {
    const page = await deskAs(await makeUser("reporter"));
    const context = page.context();
    await newStory(page);
    await writeBasicStory(page, "Written on a train", "First line.");
    await context.setOffline(true);
    await body(page).click();
    await page.keyboard.press("End");
    await page.keyboard.type(" Typed in a tunnel.");
    await expect(page.getByTestId("save-state")).toHaveText("Offline — changes kept on this device", {
      timeout: 15_000,
    });
    // Closing the tab now would lose nothing (the copy is on the device), but it still warns.
    const warned = new Promise<string>((resolve) =>
      page.once("dialog", (d) => {
        resolve(d.type());
        void d.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await warned).toBe("beforeunload");
    await context.setOffline(false);
    await expectSaved(page);
    await page.reload();
    await expect(body(page)).toContainText("Typed in a tunnel.");
  });

  test("bad saves: an oversized body is 413, a bad body is 422, a deleted story is 404 with a way back", async ({
    deskAs,
  }) => {
    const page = await deskAs(await makeUser("reporter"));
    const id = await newStory(page);
    const big = "x".repeat(2_200_000);
    const tooLarge = await page.request.put(`/api/stories/${id}`, {
      data: { version: 1, fields: { body: big } },
      headers: sameOrigin,
    });
    expect(tooLarge.status()).toBe(413);
    expect((await tooLarge.json()).error).toMatch(/too large/);
    const fields = {
      headline: "x",
      standfirst: "",
      sectionId: null,
      topicIds: [],
      authorIds: [],
      slug: "x",
      seoTitle: "",
      seoDescription: "",
      breaking: false,
    };
    const unknownNode = await page.request.put(`/api/stories/${id}`, {
      data: { version: 1, fields: { ...fields, body: { type: "doc", content: [{ type: "script" }] } } },
      headers: sameOrigin,
    });
    expect(unknownNode.status()).toBe(422);
    const notJson = await page.request.put(`/api/stories/${id}`, {
      data: "{not json",
      headers: { ...sameOrigin, "Content-Type": "application/json" },
    });
    expect(notJson.status()).toBe(422);

    page.once("dialog", (d) => void d.accept());
    await clickWorkflow(page, "Delete");
    await expect(page).toHaveURL(/\/dashboard\/stories$/);
    const gone = await page.goto(`/dashboard/stories/${id}`);
    expect(gone?.status()).toBe(404);
    await expect(page.getByRole("link", { name: "Back to the story list" })).toBeVisible();
  });
});

test("an editor takes over a story someone has open; the other tab is told and stops saving", async ({ deskAs }) => {
  const reporter = await makeUser("reporter");
  const mine = await deskAs(reporter);
  const id = await newStory(mine);
  await writeBasicStory(mine, "Takeover test", "Reporter's first draft.");

  const desk = await deskAs("editor");
  await desk.goto(`/dashboard/stories/${id}`);
  await expect(desk.getByText(`${reporter.name} is editing.`)).toBeVisible();
  await desk.getByRole("button", { name: "Take over" }).click();
  await expect(desk.getByText(`${reporter.name} is editing.`)).toHaveCount(0);

  await body(mine).click();
  await mine.keyboard.press("End");
  await mine.keyboard.type(" Typed after the takeover.");
  await expect(mine.getByTestId("save-state")).toHaveText("Saving stopped", { timeout: 15_000 });
  await expect(mine.getByRole("main").getByRole("alert")).toContainText(/took over this story/);
  await expect(body(mine)).toContainText("Typed after the takeover.");
});

test("pasting from a web page keeps structure and drops styling and scripts", async ({ deskAs }) => {
  const page = await deskAs(await makeUser("reporter"));
  const id = await newStory(page);
  await writeBasicStory(page, "Pasted copy", "Before the paste.");
  await body(page).click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await body(page).evaluate((el) => {
    const data = new DataTransfer();
    data.setData(
      "text/html",
      '<h2 style="color:red;font-family:Comic Sans MS">Agency copy</h2><p class="MsoNormal" style="margin:0"><span style="font-size:14pt">Fares rise by <b>ten taka</b></span> <a href="https://example.org/fares" onclick="steal()">from Monday</a>.</p><script>window.__pasted = 1</script><ul><li>Route 1</li><li>Route 2</li></ul>',
    );
    data.setData("text/plain", "Agency copy");
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(body(page).locator("h2")).toHaveText("Agency copy");
  await expect(body(page).locator("strong")).toHaveText("ten taka");
  await expect(body(page).locator("ul li")).toHaveText(["Route 1", "Route 2"]);
  await expect(body(page).locator("[style], script, [onclick], [class='MsoNormal']")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pasted?: number }).__pasted)).toBeUndefined();
  await expectSaved(page);

  // What the server stored is clean too: reload and look again.
  await page.goto(`/dashboard/stories/${id}`);
  await expect(body(page).locator("a")).toHaveAttribute("href", "https://example.org/fares");
  await expect(body(page).locator("[style], [onclick]")).toHaveCount(0);
});
