// The one wrapper every server action goes through:
// session → zod parse → permission check (per object) → work → typed result.
import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { getDb, type Database } from "@/db";
import { clientIp } from "@/lib/auth/client-ip";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { AppError, SESSION_ENDED, UNEXPECTED } from "@/lib/errors";
import { refuseCrossSite } from "@/lib/same-origin";

export type ActionResult<T> =
  { ok: true; data: T; message?: string } | { ok: false; error: string; fieldErrors?: Record<string, string> };

export type ActionContext = { user: SessionUser; db: Database; ip: string };

type Definition<S extends z.ZodType, T> = {
  schema: S;
  /** Per-object check; may load the object. Return false (or throw AppError) to refuse. */
  authorize: (input: z.infer<S>, ctx: ActionContext) => boolean | Promise<boolean>;
  run: (input: z.infer<S>, ctx: ActionContext) => Promise<T>;
  /** Shown to the user on success. */
  message?: (data: T) => string;
};

export function defineAction<S extends z.ZodType, T>(def: Definition<S, T>) {
  // Callable from a <form action> via useActionState (prev, FormData) or directly with an object.
  return async function action(_prev: unknown, input: FormData | Record<string, unknown>): Promise<ActionResult<T>> {
    try {
      // Server actions are POSTs anyone can craft given an action id: ask for the same proof
      // of origin as route() (Next checks a present Origin; a missing one it lets through).
      const incoming = await headers();
      const refused = refuseCrossSite("POST", incoming);
      if (refused) return { ok: false, error: refused };
      const user = await getCurrentUser();
      if (!user) return { ok: false, error: SESSION_ENDED };
      const raw = input instanceof FormData ? Object.fromEntries(input) : input;
      const parsed = def.schema.safeParse(raw);
      if (!parsed.success) {
        const fieldErrors: Record<string, string> = {};
        for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".")] ??= issue.message;
        return { ok: false, error: "Please correct the highlighted fields.", fieldErrors };
      }
      const ctx: ActionContext = { user, db: getDb(), ip: clientIp(incoming) };
      if (!(await def.authorize(parsed.data, ctx))) {
        return { ok: false, error: "You do not have permission to do that." };
      }
      const data = await def.run(parsed.data, ctx);
      return { ok: true, data, message: def.message?.(data) };
    } catch (e) {
      if (e instanceof AppError) return { ok: false, error: e.message, fieldErrors: e.fieldErrors };
      // Unexpected: log the detail on the server, tell the user nothing internal.
      console.error("[action] unexpected error:", e instanceof Error ? e.message : e);
      return { ok: false, error: UNEXPECTED };
    }
  };
}
