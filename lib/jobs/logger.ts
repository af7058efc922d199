// graphile-worker's warnings and errors go through the server's log; its chatter stays out.
import { Logger } from "graphile-worker";
import { logLine } from "@/lib/observe/shared";

export const queueLogger = new Logger(() => (level, message) => {
  if (level === "error") logLine("error", `[queue] ${message}`);
  else if (level === "warning") logLine("warn", `[queue] ${message}`);
});
