// A Redis of the test's own on a free port, which it may stop and start again on that port
// (never the machine's at 6379, which other files share). No persistence: a restart starts empty,
// as a cache Redis does in production (docs/operations.md).
import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "@/db/embedded";
import { timeUntil } from "./app-servers";

export type PrivateRedis = {
  url: string;
  start(): Promise<void>;
  /** SIGKILL: the way a crashed or unplugged Redis goes, with no goodbye to its clients. */
  stop(): Promise<void>;
};

export async function privateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const ping = () =>
    new Promise<boolean>((r) =>
      spawn("redis-cli", ["-p", String(port), "ping"], { stdio: "ignore" }).on("exit", (code) => r(code === 0)),
    );
  return {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn(
        "redis-server",
        ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        {
          stdio: "ignore",
        },
      );
      await timeUntil(ping);
    },
    async stop() {
      const c = child;
      child = undefined;
      if (!c || c.exitCode !== null) return;
      c.kill("SIGKILL");
      await new Promise((res) => c.once("exit", res));
    },
  };
}
