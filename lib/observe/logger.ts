// The HTTP server's logger: one JSON object per line (pino) when stdout is a file, a pipe or a
// log collector; short human lines when it is a terminal. The human form is a few lines here
// rather than pino-pretty and its dozen dependencies.
import pino, { type DestinationStream, type Logger } from "pino";

const LEVELS: Record<number, string> = { 10: "trace", 20: "debug", 30: "info", 40: "warn", 50: "error", 60: "fatal" };
const SHOWN_APART = new Set(["level", "time", "pid", "msg", "hostname"]);

/** One JSON line as a person reads it: time, level, message, then the remaining fields. */
export function prettyLine(json: string): string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const time = typeof o.time === "string" ? o.time.slice(11, 19) : "";
  const level = typeof o.level === "number" ? (LEVELS[o.level] ?? o.level) : String(o.level ?? "");
  // A request reads best as the access-log line people know: GET /world/x 200 1.3ms HIT.
  if (o.msg === "request") {
    const { method, path, status, ms, cache, reqId, user } = o;
    return `${time} ${String(method)} ${String(path)} ${String(status)} ${String(ms)}ms${cache ? ` ${String(cache)}` : ""}  id=${String(reqId)}${user ? ` user=${String(user)}` : ""}\n`;
  }
  const rest = Object.entries(o)
    .filter(([k]) => !SHOWN_APART.has(k))
    .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(" ");
  return `${time} ${level === "info" ? "" : `${String(level).toUpperCase()} `}${String(o.msg ?? "")}${rest ? `  ${rest}` : ""}\n`;
}

export function createLogger(pretty = process.stdout.isTTY === true): Logger {
  // Asynchronous writes: a request never waits on the terminal or the pipe.
  const destination: DestinationStream = pretty
    ? { write: (line: string) => void process.stdout.write(prettyLine(line)) }
    : pino.destination({ dest: 1, sync: false });
  return pino(
    {
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
