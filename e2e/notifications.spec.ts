// Notifications (issue 12, capability 2), driven at http://127.0.0.1: a send-back reaches the
// reporter's inbox and her email (the data dir's mail folder, read with a mail parser), and an
// admin's webhook receives a signed event when a story is published.
import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { verify } from "../lib/notifications/webhook-call";
import { clickWorkflow, newStory, writeBasicStory } from "./helpers/editor";
import { dataDir, demoAccount } from "./helpers/env";
import { expect, test } from "./helpers/test";

test.use({ baseURL: `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}` });

async function mails(): Promise<ParsedMail[]> {
  const folder = path.join(dataDir(), "mail");
  const files = (await fs.readdir(folder).catch(() => [] as string[])).filter((f) => f.endsWith(".eml"));
  return Promise.all(files.map(async (f) => simpleParser(await fs.readFile(path.join(folder, f)))));
}

test("a reporter's send-back arrives in her inbox and in her email", async ({ deskAs }) => {
  const stamp = Date.now().toString(36);
  const headline = `Rickshaw lanes on Satmasjid Road ${stamp}`;
  const note = "Say which junctions lose a lane, and ask the city corporation when.";
  const reporter = await demoAccount("reporter");

  const page = await deskAs("reporter");
  const storyId = await newStory(page);
  await writeBasicStory(page, headline, "The lanes open on Sunday for a three-month trial.");
  await clickWorkflow(page, "Submit for review");
  await expect(page.getByTestId("story-status")).toHaveText("In review");

  const desk = await deskAs("editor");
  // The editor was told of the submission.
  await desk.goto("/dashboard/inbox");
  await expect(desk.getByRole("listitem").filter({ hasText: `submitted “${headline}” for review` })).toBeVisible();
  await desk.goto(`/dashboard/stories/${storyId}`);
  // "@nusrat.jahan" is nobody's handle: the desk says no one was told (issue 19, item 21).
  await desk.getByLabel("Note for the reporter").fill(`${note} cc @nusrat.jahan`);
  await clickWorkflow(desk, "Send back");
  await expect(desk.getByTestId("story-status")).toHaveText("Draft");
  await expect(desk.getByRole("status").filter({ hasText: "nobody was told of @nusrat.jahan" })).toBeVisible();

  // Her inbox: an unread badge in the header and the entry with the editor's words.
  await page.goto("/dashboard");
  await expect(page.getByTestId("inbox-link")).toContainText("unread");
  await page.getByTestId("inbox-link").click();
  const item = page.getByRole("listitem").filter({ hasText: `sent back “${headline}”` });
  await expect(item).toHaveAttribute("data-unread", "true");
  await expect(item).toContainText(note);
  // Opening the story reads the notification.
  await item.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/stories/${storyId}$`));
  await page.goto("/dashboard/inbox");
  await expect(page.getByRole("listitem").filter({ hasText: `sent back “${headline}”` })).not.toHaveAttribute(
    "data-unread",
    "true",
  );

  // Her email, as a mail client reads it, within the outbox's few seconds.
  let mail: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        mail = (await mails()).find((m) => m.subject?.includes(headline) && m.subject.includes("sent back"));
        return mail !== undefined;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  expect(mail!.to && !Array.isArray(mail!.to) ? mail!.to.text : "").toBe(reporter.email);
  expect(mail!.text).toContain(note);
  expect(mail!.text).toContain(`/dashboard/stories/${storyId}`);
});

test("an admin's webhook receives a signed event when a story is published", async ({ deskAs }) => {
  const received: { body: string; signature: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c));
    req.on("end", () => {
      received.push({ body, signature: String(req.headers["dateline-signature"]) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/newsroom-events`;
  try {
    const page = await deskAs("admin");
    await page.getByRole("link", { name: "Webhooks" }).click();
    // A bad address is refused with a clear message.
    await page.getByLabel("Address to POST to").fill("ftp://example.com/x");
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(
      page.getByText("Give the full http:// or https:// address the service gave you.").first(),
    ).toBeVisible();
    await page.getByLabel("Address to POST to").fill(hookUrl);
    await page.getByLabel("Published", { exact: true }).check();
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Webhook added for ${hookUrl}.` })).toBeVisible();
    const secret = (await page.getByTestId("webhook-secret").textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);

    const desk = await deskAs("editor");
    const headline = `Webhook test: ferry fares ${Date.now().toString(36)}`;
    await newStory(desk);
    await writeBasicStory(desk, headline, "Fares on the Sadarghat ferries rise by five taka.");
    await clickWorkflow(desk, "Submit for review");
    await expect(desk.getByTestId("story-status")).toHaveText("In review");
    await clickWorkflow(desk, "Publish");
    await expect(desk.getByTestId("story-status")).toHaveText("Published");

    await expect.poll(() => received.some((r) => r.body.includes(headline)), { timeout: 20_000 }).toBe(true);
    // Only the publish: the hook asked for "Published" alone, not the submission before it.
    const calls = received.filter((r) => r.body.includes(headline));
    expect(calls).toHaveLength(1);
    const event = JSON.parse(calls[0]!.body) as { event: string; story: { headline: string } };
    expect(event.event).toBe("published");
    expect(verify(secret, calls[0]!.body, calls[0]!.signature)).toBe(true);

    // The delivery log shows it; then the admin removes the hook.
    // (The receiver has its call a moment before the outbox records the answer.)
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("webhook-deliveries")).toContainText("Delivered (204)", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(page.getByText(secret)).toHaveCount(0);
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: `Remove the webhook for ${hookUrl}` }).click();
    // The row (and its log) goes; nothing is sent there any more.
    await expect(page.getByRole("button", { name: `Remove the webhook for ${hookUrl}` })).toHaveCount(0);
    await expect(page.getByText(hookUrl)).toHaveCount(0);
  } finally {
    server.close();
  }
});
