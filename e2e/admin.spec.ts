import { callAction } from "./helpers/actions";
import { demoAccount } from "./helpers/env";
import { makeUser } from "./helpers/factory";
import { fillSignIn, formAlert, signIn } from "./helpers/login";
import { expect, test } from "./helpers/test";

test.describe("admin pages and actions", () => {
  test("a reporter and an editor cannot open the users page (403); a reporter cannot read the audit log", async ({
    page,
  }) => {
    // Signed in through the form on purpose: each sign-out ends only this test's own session.
    for (const role of ["reporter", "editor"] as const) {
      const account = await demoAccount(role);
      await signIn(page, account.email, account.password);
      const response = await page.goto("/dashboard/users");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
      const audit = await page.goto("/dashboard/audit");
      expect(audit?.status()).toBe(role === "editor" ? 200 : 403);
      await page.getByRole("button", { name: "Sign out", exact: true }).click();
      await expect(page).toHaveURL(/\/login$/);
    }
  });

  test("the server refuses admin actions a reporter calls directly", async ({ deskAs, browser }) => {
    const victim = await makeUser("reporter", { name: "Direct Call Target" });
    const page = await deskAs("reporter");

    // The reporter learns a user id (ids are not secret) and forges the calls.
    const adminPage = await deskAs("admin");
    await adminPage.goto("/dashboard/users");
    const victimId = await adminPage
      .locator(`tr[data-email="${victim.email}"] input[name="userId"]`)
      .first()
      .inputValue();

    const role = await callAction(page.request, "setUserRoleAction", [null, { userId: victimId, role: "admin" }]);
    expect(role).toContain("You do not have permission to do that.");
    const deactivate = await callAction(page.request, "setUserActiveAction", [
      null,
      { userId: victimId, active: "false" },
    ]);
    expect(deactivate).toContain("You do not have permission to do that.");
    const create = await callAction(page.request, "createUserAction", [
      null,
      { email: "sneaky@example.com", name: "Sneaky", role: "admin", password: "a sneaky long password" },
    ]);
    expect(create).toContain("You do not have permission to do that.");

    // Nothing changed: the admin still sees the victim as an active reporter, and no new user.
    await adminPage.reload();
    const row = adminPage.locator(`tr[data-email="${victim.email}"]`);
    await expect(row.getByRole("combobox")).toHaveValue("reporter");
    await expect(row.getByText("Active", { exact: true })).toBeVisible();
    await expect(adminPage.getByText("sneaky@example.com")).toHaveCount(0);

    // And signed out, the same call is refused too.
    const anonymous = await browser.newContext();
    const anonymousCall = await callAction(anonymous.request, "setUserRoleAction", [
      null,
      { userId: victimId, role: "admin" },
    ]);
    expect(anonymousCall).toContain("Your session has ended");
    await anonymous.close();
  });

  test("an admin invites a user, changes their role, and deactivation ends their session at once", async ({
    deskAs,
    browser,
  }) => {
    const page = await deskAs("admin");
    await page.getByRole("link", { name: "Users" }).click();
    await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();

    const email = `invited-${Date.now()}@example.com`;
    const invite = page.getByRole("region", { name: "Invite a colleague" });
    await invite.getByLabel("Name").fill("Nadia Invited");
    await invite.getByLabel("Email").fill("not-an-email");
    await invite.getByRole("button", { name: "Create user" }).click();
    await expect(invite.getByText("Enter a valid email address, like name@example.com.").first()).toBeVisible();
    await invite.getByLabel("Email").fill(email);
    await invite.getByRole("button", { name: "Create user" }).click();
    const status = invite.getByRole("status");
    await expect(status).toContainText(`Created ${email}. Their password is`);
    const password = /password is (\S+) —/.exec((await status.textContent()) ?? "")?.[1];
    expect(password).toBeTruthy();

    // The new reporter signs in in their own browser, through the form (on purpose).
    const theirs = await browser.newContext();
    const theirPage = await theirs.newPage();
    await signIn(theirPage, email, password!);
    await expect(theirPage.getByText("role: reporter")).toBeVisible();

    // Promote to editor: it applies on their next request, without signing in again.
    await page.reload();
    const row = page.locator(`tr[data-email="${email}"]`);
    await row.getByRole("combobox").selectOption("editor");
    await row.getByRole("button", { name: "Save role for Nadia Invited" }).click();
    await expect(row.getByRole("status")).toHaveText("Nadia Invited is now an editor.");
    await theirPage.reload();
    await expect(theirPage.getByText("role: editor")).toBeVisible();

    // Deactivate: their existing session stops working on the next request.
    await row.getByRole("button", { name: "Deactivate Nadia Invited" }).click();
    await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();
    await theirPage.goto("/dashboard");
    await expect(theirPage).toHaveURL(/\/login$/);
    await fillSignIn(theirPage, email, password!);
    await expect(formAlert(theirPage)).toHaveText(/This account has been deactivated/);

    // Reactivate: the old session stays void, and they sign in afresh.
    await row.getByRole("button", { name: "Reactivate Nadia Invited" }).click();
    await expect(row.getByText("Active", { exact: true })).toBeVisible();
    await theirPage.goto("/dashboard");
    await expect(theirPage).toHaveURL(/\/login$/);
    await signIn(theirPage, email, password!);
    await theirs.close();

    // Every step is in the audit log, newest first, with who did it.
    await page.getByRole("link", { name: "Audit log" }).click();
    const entries = page.locator("tbody tr").filter({ hasText: "Nadia Invited" });
    await expect(entries.first()).toContainText("auth.sign_in");
    for (const action of [
      "user.created",
      "user.role_changed",
      "user.deactivated",
      "user.reactivated",
      "auth.sign_in_failed",
    ]) {
      await expect(entries.filter({ hasText: action }).first()).toBeVisible();
    }
    await expect(entries.filter({ hasText: "user.role_changed" })).toContainText("Farzana Haque");
  });
});
