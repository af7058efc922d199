// `npm run db:migrate` and `npm run db:seed`.
import "./lib/load-env"; // first: .env files before anything reads the environment
import { accountsFile, seedDemo } from "@/scripts/seed";
import { env } from "@/lib/env";
import { die, openDatabase } from "./lib/open-db";

async function main(): Promise<void> {
  const command = process.argv[2];
  if (command !== "migrate" && command !== "seed") die("usage: db.ts migrate|seed");
  const opened = await openDatabase();
  try {
    if (command === "migrate") {
      console.log("Migrations applied.");
    } else {
      const accounts = await seedDemo(opened.db, env().dataDir);
      console.log(
        accounts
          ? `Seeded. Demo accounts are in ${accountsFile(env().dataDir)}.`
          : "Database already has users; nothing seeded.",
      );
    }
  } finally {
    await opened.close();
  }
}

main().catch((err: unknown) => die(err instanceof Error ? err.message : String(err)));
