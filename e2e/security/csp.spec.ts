// Issue 10, item 6: the enforced Content-Security-Policy breaks nothing a person does. Sign-in,
// the editor (typing, saving) and the public pages load with no policy violation reported, and
// the policy really is enforced: an injected inline handler does not run on the desk.
import { expect, test, type Page } from "@playwright/test";
import { body, expectSaved, newStory } from "../helpers/editor";
import { demoAccount } from "../helpers/env";
import { signIn } from "../helpers/login";

/** Every violation the page reports, from the DOM event and from the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  await page.exposeFunction("__reportViolation", (line: string) => seen.push(line));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportViolation(line: string): void }).__reportViolation;
      report(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return seen;
}

test("sign-in, the editor and the public pages run under an enforced policy with no violations", async ({ page }) => {
  const violations = await watchViolations(page);

  const home = await page.goto("/");
  expect(home?.headers()["content-security-policy"]).toContain("object-src 'none'");
  await expect(page.getByRole("banner")).toBeVisible();
  const article = page.locator("main a[href^='/'][href*='/']").first();
  const href = await article.getAttribute("href");
  if (href) {
    await page.goto(href);
    await expect(page.locator("h1").first()).toBeVisible();
  }

  // Through the form on purpose: the sign-in page and its redirect run under the policy too.
  const editor = await demoAccount("editor");
  await signIn(page, editor.email, editor.password);
  const id = await newStory(page);
  const login = await page.request.get("/login");
  expect(login.headers()["content-security-policy"]).toMatch(/'nonce-[^']+'.*'strict-dynamic'/);
  await page.getByLabel("Headline", { exact: true }).fill("Ferry timetable changes for the monsoon");
  await body(page).click();
  await page.keyboard.type("Launches leave Sadarghat an hour earlier from Monday.");
  await expectSaved(page);
  await page.reload();
  await expect(body(page)).toContainText("Launches leave Sadarghat an hour earlier from Monday.");
  expect(page.url()).toContain(id);

  expect(violations).toEqual([]);
});

test("the desk's policy is enforced: an injected inline handler does not run", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByLabel("Email")).toBeVisible();
  // What stored XSS would look like: markup with an inline handler, which no nonce can cover.
  await page.evaluate(() => {
    const box = document.createElement("div");
    box.innerHTML = '<img src="/no-such-image.png" onerror="window.__injected = true">';
    document.body.appendChild(box);
  });
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected === true)).toBe(false);
});
