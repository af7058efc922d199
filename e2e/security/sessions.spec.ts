// Issue 10, item 2, as people see it: an admin's "Sign out everywhere" on a user's row ends that
// person's sessions in every browser at once, and the person's own button does the same for them.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { createUserWithCli, demoAccount } from "../helpers/env";
import { signIn } from "../helpers/login";

const opened: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.close()));
});

async function signedIn(browser: Browser, email: string, password: string): Promise<Page> {
  // A context of its own: another device, with its own cookie.
  const context = await browser.newContext();
  opened.push(context);
  const page = await context.newPage();
  await signIn(page, email, password);
  return page;
}

test("an admin signs a colleague out of every device from the users page", async ({ browser }) => {
  const target = createUserWithCli("reporter", "Lost Laptop Reporter");
  const laptop = await signedIn(browser, target.email, target.password);
  const phone = await signedIn(browser, target.email, target.password);

  const admin = await demoAccount("admin");
  const adminPage = await signedIn(browser, admin.email, admin.password);
  await adminPage.goto("/dashboard/users");
  await adminPage.getByRole("button", { name: "Sign Lost Laptop Reporter out everywhere" }).click();
  await expect(adminPage.getByRole("status")).toContainText(
    "Lost Laptop Reporter is signed out everywhere (2 sessions)",
  );

  for (const device of [laptop, phone]) {
    await device.goto("/dashboard/stories");
    await expect(device).toHaveURL(/\/login$/);
  }
  // The admin's own session is untouched.
  await adminPage.goto("/dashboard");
  await expect(adminPage).toHaveURL(/\/dashboard$/);
});

test("“Sign out everywhere” on the dashboard ends the person's other sessions too", async ({ browser }) => {
  const person = createUserWithCli("editor", "Shared Desk Editor");
  const desk = await signedIn(browser, person.email, person.password);
  const home = await signedIn(browser, person.email, person.password);

  await desk.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(desk).toHaveURL(/\/login$/);
  await home.goto("/dashboard");
  await expect(home).toHaveURL(/\/login$/);
});
