// Next reports what goes wrong (a render that threw, an address it could not handle) with
// console.error and console.warn: several lines per error, colour codes, and whatever the client
// sent quoted raw, so a request could plant whole forged JSON lines in the server's log
// (issue 19, item 5). Here the console of the server process goes through its logger instead:
// one JSON line per call, every byte escaped, an Error as pino's `err` (type, message, stack),
// and the id of the request it happened in when there is one.
import { AsyncLocalStorage } from "node:async_hooks";
import { format } from "node:util";
import type { Logger } from "pino";

/** The request a piece of work belongs to; the server runs each request's steps inside it. */
export const requestContext = new AsyncLocalStorage<{ reqId: string }>();

const ANSI = /\u001b\[[0-9;]*m/g;

type Method = "error" | "warn" | "info" | "log" | "debug";
const LEVEL: Record<Method, "error" | "warn" | "info" | "debug"> = {
  error: "error",
  warn: "warn",
  info: "info",
  log: "info",
  debug: "debug",
};

/** Sends `target`'s error, warn, info, log and debug through `log`; returns the undo. */
export function consoleToLog(log: Logger, target: Console = console): () => void {
  const saved = new Map<Method, Console[Method]>();
  for (const method of Object.keys(LEVEL) as Method[]) {
    saved.set(method, target[method]);
    target[method] = (...args: unknown[]) => {
      const err = args.find((a): a is Error => a instanceof Error);
      const rest = err ? args.filter((a) => a !== err) : args;
      const msg = (rest.length ? format(...rest) : (err?.message ?? "")).replace(ANSI, "").trim();
      const fields: Record<string, unknown> = {};
      const reqId = requestContext.getStore()?.reqId;
      if (reqId) fields.reqId = reqId;
      if (err) fields.err = err;
      log[LEVEL[method]](fields, msg);
    };
  }
  return () => {
    for (const [method, fn] of saved) target[method] = fn as never;
  };
}
