// Request ids: one per request, sent back as X-Request-Id and quoted in error bodies so a
// reader's report can be matched to its log line. A proxy's id (nginx's $request_id) is kept
// only when it is a short plain token: anything else could forge or break log lines.
import { randomUUID } from "node:crypto";

const SAFE = /^[A-Za-z0-9._:-]{8,64}$/;

export function acceptRequestId(incoming: string | string[] | undefined): string | null {
  return typeof incoming === "string" && SAFE.test(incoming) ? incoming : null;
}

export function requestId(incoming: string | string[] | undefined): string {
  return acceptRequestId(incoming) ?? randomUUID();
}
