// Runs every job that is due now in this process, then returns: for tests and command-line tools,
// which have no running worker. The same tasks as the server's worker (./tasks.ts).
import { runOnce, type TaskList } from "graphile-worker";
import type pg from "pg";
import type { Database } from "@/db";
import { taskList } from "./tasks";
import { queueLogger } from "./logger";
import { withBeacons } from "./worker";

export async function runDueJobs(db: Database, extraTasks: TaskList = {}): Promise<void> {
  // drizzle keeps the pool it was made with as $client.
  const pool = (db as unknown as { $client: pg.Pool }).$client;
  const beacons = withBeacons(pool.options.connectionString ?? "");
  try {
    await runOnce({
      pgPool: pool,
      taskList: { ...taskList, ...extraTasks },
      logger: queueLogger,
      events: beacons.events,
    });
  } finally {
    await beacons.closeAll();
  }
}
