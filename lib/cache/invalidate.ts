// Expires cached public pages after a write that changes what readers see. Inside a request
// (route handlers, server actions) that is revalidateTag(tag, { expire: 0 }): the entries are
// expired, not marked stale, so the next request — the editor's own reload included — renders
// afresh instead of being served the old page once. Outside a request (the scheduled-publishing
// loop) Next has no store to record the revalidation in and revalidateTag throws, so the same
// call is made through /api/internal/revalidate on this process, guarded by a secret that
// exists only in this process's memory.
import { revalidatePath, revalidateTag } from "next/cache";
import { eq, inArray } from "drizzle-orm";
import type { Database } from "@/db";
import { sections, stories, storyRedirects } from "@/db/schema";
import { env } from "@/lib/env";
import { logLine, observer } from "@/lib/observe/shared";
import { purgeFront } from "@/lib/front/bridge";
import { announceChange } from "./announce";
import { TAGS } from "./tags";

/**
 * A render that read the database just before a change can store its page just after the
 * expiry, and would then pass as fresh. Expiring again once such renders have finished closes
 * that window while keeping the promise of "visible within two seconds".
 */
export const REPEAT_AFTER_MS = 1_000;

export type Invalidation = { tags: string[]; everything?: boolean };

// On globalThis: the HTTP server (scripts/serve.ts, run by tsx) and Next's bundle are separate
// module graphs in one process. The server sets __datelineServing once it listens.
const g = globalThis as unknown as { __datelineRevalidateSecret?: string; __datelineServing?: boolean };

/** The secret for /api/internal/revalidate: random, per process, never leaves memory. */
export function internalSecret(): string {
  g.__datelineRevalidateSecret ??= crypto.randomUUID() + crypto.randomUUID();
  return g.__datelineRevalidateSecret;
}

/** Expires now, in this request's scope. Throws outside a request. */
export function expireInRequest({ tags, everything }: Invalidation): void {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  if (everything) revalidatePath("/", "layout");
}

async function expireViaInternalRoute(inv: Invalidation): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${env().PORT}/api/internal/revalidate`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Dateline-Secret": internalSecret() },
    body: JSON.stringify(inv),
  });
  if (!res.ok) throw new Error(`/api/internal/revalidate answered ${res.status}`);
}

function viaRoute(inv: Invalidation, attempt = 1): void {
  // A process that serves no pages (a test, a command-line tool) has no page cache to expire.
  if (!g.__datelineServing) return;
  expireViaInternalRoute(inv).catch((e: unknown) => {
    // At start-up the server may not listen yet (nothing is cached then either); retry a little.
    if (attempt < 5) setTimeout(() => viaRoute(inv, attempt + 1), 500 * attempt).unref();
    else logLine("error", `[cache] could not expire ${inv.tags.join(", ")}: ${e instanceof Error ? e.message : e}`);
  });
}

/** Expires the given tags from anywhere: in a request directly, elsewhere through the route. */
export function invalidate(inv: Invalidation): void {
  if (inv.tags.length === 0 && !inv.everything) return;
  // Counted once per write, not again for the repeat below; "everything" counts as one.
  observer()?.tagsExpired(inv.tags.length + (inv.everything ? 1 : 0));
  announceChange();
  // The nginx front's copies (when configured): refreshed from this server, which made the change.
  purgeFront(inv);
  try {
    expireInRequest(inv);
  } catch {
    viaRoute(inv);
  }
  setTimeout(() => {
    announceChange();
    viaRoute(inv);
  }, REPEAT_AFTER_MS).unref();
}

/**
 * What a change to this story can have changed: its page, every page showing its card, every
 * list, and whatever is cached at its current and old addresses (a 404 from before it went
 * live, a redirect to where it lived before).
 */
export async function storyTags(db: Database, storyIds: string[]): Promise<string[]> {
  if (storyIds.length === 0) return [];
  const [here, old] = await Promise.all([
    db
      .select({ section: sections.slug, slug: stories.slug })
      .from(stories)
      .innerJoin(sections, eq(sections.id, stories.sectionId))
      .where(inArray(stories.id, storyIds)),
    db
      .select({ section: storyRedirects.sectionSlug, slug: storyRedirects.slug })
      .from(storyRedirects)
      .where(inArray(storyRedirects.storyId, storyIds)),
  ]);
  return [TAGS.lists, ...storyIds.map(TAGS.story), ...[...here, ...old].map((a) => TAGS.address(a.section, a.slug))];
}

/** What a committed write changed for readers: stories (by id), other tags, or everything. */
export type PublicChange = { stories?: string[]; tags?: string[]; everything?: boolean };

/** Expires everything the changes touched. Called by publicWrite() after the commit. */
export async function expireChanges(db: Database, changes: PublicChange[]): Promise<void> {
  const ids = [...new Set(changes.flatMap((c) => c.stories ?? []))];
  const tags = changes.flatMap((c) => c.tags ?? []);
  const everything = changes.some((c) => c.everything);
  try {
    invalidate({ tags: [...new Set([...tags, ...(await storyTags(db, ids))])], everything });
  } catch (e) {
    // The write has committed; a failed lookup must not turn it into an error. Expire every
    // public page instead (costly, but never stale).
    logLine("error", `[cache] story tag lookup failed, expiring all pages: ${e instanceof Error ? e.message : e}`);
    invalidate({ tags: [TAGS.site, TAGS.lists, ...tags], everything: true });
  }
}
