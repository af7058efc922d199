// The setup project: signs each demo role in through the real form once, and saves the cookies
// for every spec to reuse (e2e/helpers/roles.ts). The session token names no host, so the same
// cookies are also written for 127.0.0.1, where some specs drive the desk.
import fs from "node:fs";
import path from "node:path";
import { test as setup } from "@playwright/test";
import { demoAccount } from "./helpers/env";
import { signIn } from "./helpers/login";
import { DEMO_ROLES, stateFile } from "./helpers/roles";

for (const role of DEMO_ROLES) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    const account = await demoAccount(role);
    await signIn(page, account.email, account.password);
    const state = await page.context().storageState();
    const copies = state.cookies.map((c) => ({ ...c, domain: "127.0.0.1" }));
    const file = stateFile(role);
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, JSON.stringify({ ...state, cookies: [...state.cookies, ...copies] }), { mode: 0o600 });
  });
}
