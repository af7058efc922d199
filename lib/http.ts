// One wrapper for route handlers: session, same-origin check for writes, and one table from
// errors to status codes (validation 422, unauthenticated 401, forbidden 403, not found 404,
// conflict 409, too large 413, too many 429, anything else 500 with nothing internal).
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { getDb, type Database } from "@/db";
import { clientIp } from "@/lib/auth/client-ip";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { DATABASE_UNREACHABLE, isDatabaseUnreachable } from "@/lib/db-unreachable";
import { AppError, STATUS, SESSION_ENDED, UNEXPECTED } from "@/lib/errors";
import { logLine } from "@/lib/observe/shared";
import { refuseCrossSite } from "@/lib/same-origin";
import { ConflictError } from "@/lib/stories/store";

export type RouteContext<P> = { user: SessionUser; db: Database; ip: string; params: P };

export function apiError(status: number, error: string, extra: Record<string, unknown> = {}): NextResponse {
  return NextResponse.json({ error, ...extra }, { status, headers: { "Cache-Control": "private, no-store" } });
}

/**
 * The id scripts/serve.ts gave this request (also sent back as X-Request-Id): error bodies
 * carry it so a person can quote it and it can be found in the server's log.
 */
export function requestIdOf(req: Request): string | undefined {
  return req.headers.get("x-request-id") ?? undefined;
}

export function toResponse(e: unknown, requestId?: string): NextResponse {
  const id = requestId === undefined ? {} : { requestId };
  // A unique constraint lost a race with another request: a conflict, not a server fault.
  if ((e as { cause?: { code?: string } })?.cause?.code === "23505" || (e as { code?: string })?.code === "23505") {
    return apiError(409, "Someone else changed this at the same moment. Reload and try again.", id);
  }
  if (e instanceof ConflictError) return apiError(409, e.message, { current: e.current, ...id });
  if (e instanceof AppError)
    return apiError(STATUS[e.kind], e.message, e.fieldErrors ? { fieldErrors: e.fieldErrors, ...id } : id);
  // Nothing was written; the caller may retry (the desk does, with the words on the device).
  if (isDatabaseUnreachable(e)) {
    logLine("warn", `[api] database unreachable${requestId ? ` in request ${requestId}` : ""}`);
    return apiError(503, DATABASE_UNREACHABLE, id);
  }
  logLine(
    "error",
    `[api] unexpected error${requestId ? ` in request ${requestId}` : ""}: ${e instanceof Error ? e.message : String(e)}`,
  );
  return apiError(500, UNEXPECTED, id);
}

/**
 * Reads a body, stopping as soon as it passes `maxBytes` (returns null then), so a huge or
 * endless upload is never held in memory whatever Content-Length claims.
 */
export async function readBytesCapped(req: Request, maxBytes: number): Promise<Buffer | null> {
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) return null;
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function readTextCapped(req: Request, maxBytes: number): Promise<string | null> {
  const bytes = await readBytesCapped(req, maxBytes);
  return bytes === null ? null : bytes.toString("utf8");
}

/** Reads a JSON body no larger than `maxBytes`: 413 beyond it, 422 when it is not JSON. */
export async function readJson(req: NextRequest, maxBytes: number): Promise<unknown> {
  const text = await readTextCapped(req, maxBytes);
  if (text === null) throw new AppError("too_large", tooLarge(maxBytes));
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("validation", "The request body is not valid JSON.");
  }
}

function tooLarge(maxBytes: number): string {
  return `This story is too large to save (the limit is ${Math.round(maxBytes / 1024 / 1024)} MB). Split it, or remove pasted material.`;
}

/**
 * A redirect to a path on this site, sent as a relative Location so the browser stays on the
 * address it used: building an absolute URL from the request would name the process's own
 * hostname (localhost) under the custom server. `to` is a path the code chose, or one that
 * passed safeLocalPath(), or an absolute URL from configuration (a media bucket).
 */
export function redirectTo(to: string, status: 303 | 307 | 308, headers: Record<string, string> = {}): Response {
  if (!/^\/(?![/\\])|^https?:\/\//.test(to))
    throw new Error(`redirectTo needs a path on this site, got ${JSON.stringify(to.slice(0, 40))}`);
  return new Response(null, { status, headers: { "Cache-Control": "private, no-store", ...headers, Location: to } });
}

export function route<P>(fn: (req: NextRequest, ctx: RouteContext<P>) => Promise<Response | object>) {
  return async (req: NextRequest, { params }: { params: Promise<P> }): Promise<Response> => {
    try {
      // Writes must prove they come from our pages (Origin, or Sec-Fetch-Site); cookies are
      // SameSite=Lax too, but that alone lets a same-site or header-less client through.
      const refused = refuseCrossSite(req.method, req.headers);
      if (refused) return apiError(403, refused, { requestId: requestIdOf(req) });
      const user = await getCurrentUser();
      if (!user) return apiError(401, SESSION_ENDED, { requestId: requestIdOf(req) });
      const result = await fn(req, { user, db: getDb(), ip: clientIp(req.headers), params: await params });
      if (result instanceof Response) return result;
      return NextResponse.json(result, { headers: { "Cache-Control": "private, no-store" } });
    } catch (e) {
      // The browser went away mid-request (navigation, a closed tab): nothing to report.
      if (req.signal.aborted || (e instanceof Error && e.message === "aborted"))
        return apiError(400, "The request was cancelled.");
      return toResponse(e, requestIdOf(req));
    }
  };
}

export { isUuid } from "./uuid";
