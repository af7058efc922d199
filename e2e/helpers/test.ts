// The specs' `test`: Playwright's, plus `deskAs`, a page already signed in as a demo role (its
// saved state, e2e/helpers/roles.ts) or as a user made by the factory (signed in over HTTP),
// opened on the dashboard. Each call is its own browser context, closed when the test ends.
import { test as base, expect, type Page } from "@playwright/test";
import { stateOf, type MadeUser } from "./factory";
import { stateFile, type DemoRole } from "./roles";

export { expect };

type DeskAs = (who: DemoRole | MadeUser, opts?: { base?: string }) => Promise<Page>;

export const test = base.extend<{ deskAs: DeskAs }>({
  deskAs: async ({ browser }, provide) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await provide(async (who, opts = {}) => {
      const storageState = typeof who === "string" ? stateFile(who) : await stateOf(who);
      const context = await browser.newContext({ storageState, ...(opts.base ? { baseURL: opts.base } : {}) });
      contexts.push(context);
      const page = await context.newPage();
      // Where a UI sign-in lands, with the same checks: the dashboard, signed in.
      await page.goto("/dashboard");
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByRole("heading", { name: /^Welcome, / })).toBeVisible();
      return page;
    });
    for (const context of contexts) await context.close();
  },
});

/** `test` whose `page` is already signed in as `who` (at `base`, when given) and on the dashboard. */
export function testAs(who: DemoRole, base?: string) {
  return test.extend<{ page: Page }>({
    page: async ({ deskAs }, provide) => {
      await provide(await deskAs(who, { base }));
    },
  });
}
