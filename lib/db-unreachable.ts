// Whether an error means PostgreSQL could not be reached or did not answer in time (issue 20),
// as opposed to a fault in a query: route handlers answer 503 with DATABASE_UNREACHABLE then,
// and the desk keeps the text on the device and retries until the database is back.

/** The desk shows this while it keeps retrying (components/editor/use-story-sync.ts). */
export const DATABASE_UNREACHABLE = "The newsroom's database is unreachable — your text is kept on this device.";

// Socket errors on the way to the server, and what pg says when its own timeouts fire
// (connectionTimeoutMillis, query_timeout) or a connection drops mid-query.
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EPIPE"]);
const DRIVER_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /Query read timeout/i,
  /Client has encountered a connection error/i,
];
// SQLSTATE: class 08 (connection exception), 57P01–57P03 (the server is shutting down or
// starting), 57014 (statement_timeout: the database did not answer within the limit).
const SQLSTATE = /^(08...|57P0[123]|57014)$/;

/** Walks the error and its causes (drizzle wraps pg's error in its own). */
export function isDatabaseUnreachable(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; cur = (cur as { cause?: unknown }).cause, depth++) {
    const { code, message } = cur as { code?: unknown; message?: unknown };
    if (typeof code === "string" && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (typeof message === "string" && DRIVER_MESSAGES.some((re) => re.test(message))) return true;
    // AggregateError (a host with several addresses, every one refused).
    const errors = (cur as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.some((x) => isDatabaseUnreachable(x))) return true;
  }
  return false;
}
