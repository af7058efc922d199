// Signed-in browser state, saved once per demo role by e2e/sign-in.setup.ts (one UI sign-in each)
// and reused by every spec: `test.use(as("editor"))`, or `browser.newContext(as("admin"))` for a
// second person in one test. Never sign such a state out: the session row is shared by every
// spec running with that role (sign-out revokes it), so a test that signs out uses its own user.
import path from "node:path";
import { dataDir } from "./env";

export const DEMO_ROLES = ["admin", "editor", "reporter", "section_editor", "copy_editor"] as const;
export type DemoRole = (typeof DEMO_ROLES)[number];

/** Where the setup project saved `role`'s cookies (inside the run's own data dir). */
export function stateFile(role: DemoRole): string {
  return path.join(dataDir(), "e2e-auth", `${role}.json`);
}

/** Context options for a page already signed in as the demo `role` (at localhost and 127.0.0.1). */
export function as(role: DemoRole): { storageState: string } {
  return { storageState: stateFile(role) };
}
