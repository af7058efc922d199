// `npm start`: build if needed, start (or reuse) PostgreSQL, migrate, seed the demo newsroom
// on an empty database, then serve with scripts/serve.ts until stopped.
import "./lib/load-env"; // first: .env files before anything reads the environment
import { env } from "@/lib/env";
import { die } from "./lib/open-db";
import { log, prepareNewsroom, spawnServer } from "./lib/prepare";

async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  const { opened, authSecret } = await prepareNewsroom({ dev });

  const port = String(env().PORT);
  const child = spawnServer(
    {
      DATABASE_URL: opened.appUrl,
      PORT: port,
      AUTH_SECRET: authSecret,
      NODE_ENV: dev ? "development" : "production",
    },
    { dev },
  );
  log(`Serving on http://localhost:${port}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.on("exit", async (code) => {
    await opened.close().catch(() => {});
    process.exit(code ?? 0);
  });
}

main().catch((err: unknown) => die(err instanceof Error ? err.message : String(err)));
