import { execFileSync } from "node:child_process";
import { readAccountsFile, type DemoAccount } from "../../scripts/seed/accounts-file";

/**
 * The Origin a browser sends with every write from our pages (as playwright.config.ts's
 * baseURL); route() and server actions refuse writes without one, and request contexts send none.
 */
export const sameOrigin = { Origin: `http://localhost:${Number(process.env.E2E_PORT ?? 3210)}` };

export const dataDir = () => process.env.E2E_DATA_DIR ?? "./data/e2e";

export async function demoAccount(
  role: "admin" | "editor" | "reporter" | "section_editor" | "copy_editor",
): Promise<DemoAccount> {
  const account = (await readAccountsFile(dataDir())).find((a) => a.role === role);
  if (!account) throw new Error(`no demo ${role} in ${dataDir()}`);
  return account;
}

let counter = 0;

/**
 * A fresh account made with the operators' own tool, `npm run user`, against the running
 * server's data dir — which also proves the CLI works while the web server is up.
 */
export function createUserWithCli(
  role: "admin" | "editor" | "reporter",
  name = `E2E ${role} ${++counter}`,
): { email: string; password: string; name: string } {
  const email = `e2e-${role}-${Date.now()}-${counter}@example.com`;
  const password = `e2e-password-${Date.now()}-${counter}`;
  execFileSync(
    "npm",
    ["run", "-s", "user", "--", "create", "--email", email, "--name", name, "--role", role, "--password-stdin"],
    {
      cwd: process.cwd(),
      env: { ...process.env, DATELINE_DATA_DIR: dataDir(), DATABASE_URL: process.env.DATABASE_URL ?? "" },
      input: password + "\n",
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  return { email, password, name };
}
