// Which failures the desk hears as "the database is unreachable" (503, retried) rather than a
// fault (500): errors as pg and drizzle really throw them.
import assert from "node:assert/strict";
import net from "node:net";
import { after, it } from "node:test";
import { createDb, SERVER_DB_TIMEOUTS } from "@/db";
import { isDatabaseUnreachable } from "./db-unreachable";

const wrapped = (cause: unknown) => Object.assign(new Error("Failed query: select 1"), { cause });

it("recognises refused connections, pg's own timeouts, shutdowns and statement timeouts, wrapped or not", () => {
  for (const e of [
    Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
    new Error("timeout exceeded when trying to connect"),
    new Error("Connection terminated due to connection timeout"),
    new Error("Query read timeout"),
    Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
    Object.assign(new Error("the database system is starting up"), { code: "57P03" }),
    Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" }),
    new AggregateError([Object.assign(new Error("refused"), { code: "ECONNREFUSED" })]),
  ]) {
    assert.ok(isDatabaseUnreachable(e), e.message);
    assert.ok(isDatabaseUnreachable(wrapped(e)), `wrapped: ${e.message}`);
  }
});

it("leaves query faults alone", () => {
  for (const e of [
    Object.assign(new Error("duplicate key"), { code: "23505" }),
    Object.assign(new Error('relation "x" does not exist'), { code: "42P01" }),
    new Error("Cannot read properties of undefined"),
    null,
  ])
    assert.equal(isDatabaseUnreachable(e), false);
});

// A host that accepts connections and never answers (a hung or firewalled PostgreSQL): without
// pool timeouts a query waited forever (issue 20: requests waited 26–36 s, /readyz hung).
const silent = net.createServer(() => {});
after(() => silent.close());

it("a pool gives up on a database that never answers, with an error it recognises", async () => {
  await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
  const { port } = silent.address() as net.AddressInfo;
  const { pool } = createDb(`postgres://nobody@127.0.0.1:${port}/none`, 1, SERVER_DB_TIMEOUTS);
  try {
    const err = await pool.query("select 1").then(
      () => null,
      (e: unknown) => e,
    );
    assert.ok(err, "the query must fail, not hang");
    assert.ok(isDatabaseUnreachable(err), String(err));
  } finally {
    await pool.end().catch(() => {});
  }
});
