import assert from "node:assert/strict";
import { describe, it } from "node:test";
import pino from "pino";
import { consoleToLog, requestContext } from "@/scripts/serve/console-log";

/** A logger writing JSON lines into an array, and a console of our own to route. */
function setup() {
  const out: string[] = [];
  const log = pino({ base: null, timestamp: false }, { write: (s: string) => void out.push(s) });
  const target = { error() {}, warn() {}, info() {}, log() {}, debug() {} } as unknown as Console;
  const undo = consoleToLog(log, target);
  return { out, target, undo };
}

describe("consoleToLog", () => {
  it("writes what a client planted in an error message as one escaped JSON line", () => {
    const { out, target } = setup();
    const forged = '\n{"level":30,"msg":"request","path":"/admin","status":200}\n\u0000';
    target.error(` \u001b[31m⨯\u001b[39m Failed to handle /national/a${forged}`);
    assert.equal(out.length, 1);
    const line = out[0]!;
    assert.equal(line.trimEnd().split("\n").length, 1, "one line");
    assert.ok(!line.includes("\u0000") && !line.includes("\u001b"));
    const o = JSON.parse(line) as { level: number; msg: string };
    assert.equal(o.level, 50);
    assert.ok(o.msg.startsWith("⨯ Failed to handle /national/a\n{"));
  });

  it("logs an Error as err with its stack, in one line, with the request it belongs to", () => {
    const { out, target } = setup();
    requestContext.run({ reqId: "req-123456" }, () => target.error(new Error("render failed\nsecond line")));
    target.warn("plain %s", "warning");
    assert.equal(out.length, 2);
    const first = JSON.parse(out[0]!) as {
      reqId?: string;
      msg: string;
      err: { type: string; message: string; stack: string };
    };
    assert.equal(first.reqId, "req-123456");
    assert.equal(first.err.type, "Error");
    assert.match(first.err.stack, /render failed/);
    const second = JSON.parse(out[1]!) as { reqId?: string; msg: string; level: number };
    assert.deepEqual([second.msg, second.level, second.reqId], ["plain warning", 40, undefined]);
  });

  it("gives the console back", () => {
    const { out, target, undo } = setup();
    undo();
    target.error("after");
    assert.equal(out.length, 0);
  });
});
