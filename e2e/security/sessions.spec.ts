// Issue 10, item 2, as people see it: an admin's "Sign out everywhere" on a user's row ends that
// person's sessions in every browser at once, and the person's own button does the same for them.
// Every deskAs() of a made user is a sign-in of its own (another device, its own cookie).
import { makeUser, unique } from "../helpers/factory";
import { expect, test } from "../helpers/test";

test("an admin signs a colleague out of every device from the users page", async ({ deskAs }) => {
  const target = await makeUser("reporter", { name: unique("Lost Laptop Reporter") });
  const laptop = await deskAs(target);
  const phone = await deskAs(target);

  const adminPage = await deskAs("admin");
  await adminPage.goto("/dashboard/users");
  await adminPage.getByRole("button", { name: `Sign ${target.name} out everywhere` }).click();
  await expect(adminPage.getByRole("status")).toContainText(`${target.name} is signed out everywhere (2 sessions)`);

  for (const device of [laptop, phone]) {
    await device.goto("/dashboard/stories");
    await expect(device).toHaveURL(/\/login$/);
  }
  // The admin's own session is untouched.
  await adminPage.goto("/dashboard");
  await expect(adminPage).toHaveURL(/\/dashboard$/);
});

test("“Sign out everywhere” on the dashboard ends the person's other sessions too", async ({ deskAs }) => {
  const person = await makeUser("editor");
  const desk = await deskAs(person);
  const home = await deskAs(person);

  await desk.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(desk).toHaveURL(/\/login$/);
  await home.goto("/dashboard");
  await expect(home).toHaveURL(/\/login$/);
});
