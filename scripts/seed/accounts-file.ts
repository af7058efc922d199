// The private file that holds the demo accounts' generated passwords (mode 0600).
import fs from "node:fs/promises";
import path from "node:path";

export type DemoAccount = { role: string; email: string; password: string };

export function accountsFile(dataDir: string): string {
  return path.join(dataDir, "demo-accounts.txt");
}

export async function writeAccountsFile(dataDir: string, accounts: DemoAccount[]): Promise<void> {
  const lines = [
    "# Dateline demo accounts, generated when the demo newsroom was seeded. Readable only by you.",
    ...accounts.map((a) => `${a.role.padEnd(9)} ${a.email.padEnd(24)} ${a.password}`),
    "",
  ];
  const file = accountsFile(dataDir);
  await fs.writeFile(file, lines.join("\n"), { mode: 0o600 });
  await fs.chmod(file, 0o600);
}

export async function readAccountsFile(dataDir: string): Promise<DemoAccount[]> {
  const text = await fs.readFile(accountsFile(dataDir), "utf8");
  return text
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => {
      const [role, email, password] = l.trim().split(/\s+/);
      return { role: role!, email: email!, password: password! };
    });
}
