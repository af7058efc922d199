// Each spec's own data, made through the app's own code so it obeys the same rules as the desk:
// - people with lib/users' createUser and lib/user-sections (what `npm run user` and the admin
//   page call), against the running server's database;
// - stories through the desk's HTTP endpoints (New story, save, workflow), signed in as a demo
//   role or a made user, so publishing expires the page cache exactly as a click on Publish does.
// Every name is unique to the run and the call (`unique()`), so specs running in parallel never
// see each other's stories; a spec finds its own by headline, never by "the newest in City".
import { randomBytes } from "node:crypto";
import { request, type APIRequestContext } from "@playwright/test";
import { eq, ilike, max } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Database } from "../../db";
import { ensureDatabase } from "../../db/embedded";
import * as schema from "../../db/schema";
import { media, sections, stories, storyAuthors } from "../../db/schema";
import { RESERVED_SEGMENTS } from "../../lib/reserved-segments";
import { STORY_FIELDS } from "../../lib/stories/fields";
import { slugify } from "../../lib/slug";
import { setUserSections } from "../../lib/user-sections";
import { createUser } from "../../lib/users";
import { dataDir, sameOrigin } from "./env";
import { stateFile, type DemoRole } from "./roles";

const baseURL = `http://localhost:${Number(process.env.E2E_PORT ?? 3210)}`;

/** A label no other spec, test or retry uses: `label` plus a short random tail. */
export function unique(label: string): string {
  return `${label} ${randomBytes(3).toString("hex")}`;
}

/**
 * unique() for a Bangla headline: a tail of Bengali digits, so a Bangla story made by a spec has
 * no Latin letters for e2e/bangla-walk.spec.ts to find. Pass it with `exactHeadline: true`.
 */
export function uniqueBangla(label: string): string {
  const tail = randomBytes(3).readUIntBE(0, 3).toString().padStart(8, "0");
  return `${label} ${tail.replace(/\d/g, (d) => "০১২৩৪৫৬৭৮৯"[Number(d)]!)}`;
}

let opened: Promise<Database> | undefined;

/** The e2e server's database (the run's embedded PostgreSQL, or DATABASE_URL), one pool per worker. */
export function factoryDb(): Promise<Database> {
  opened ??= ensureDatabase({ dataDir: dataDir(), databaseUrl: process.env.DATABASE_URL || undefined }).then(
    // Its own small pool (db/index.ts's createDb is for the server; it also pulls in Next's cache
    // module, which Playwright's loader cannot resolve). Idle connections must not keep a
    // finished worker alive.
    (handle) => drizzle(new pg.Pool({ connectionString: handle.url, max: 2, allowExitOnIdle: true }), { schema }),
  );
  return opened;
}

export type MadeUser = { id: string; email: string; password: string; name: string; role: string };

/** A new account (any role; a section editor gets `sections`, by slug), as an admin would make it. */
export async function makeUser(
  role: "admin" | "editor" | "reporter" | "section_editor" | "copy_editor",
  opts: { name?: string; sections?: string[] } = {},
): Promise<MadeUser> {
  const db = await factoryDb();
  const name = opts.name ?? unique(`E2E ${role.replace("_", " ")}`);
  const email = `e2e-${role}-${randomBytes(5).toString("hex")}@example.com`;
  const password = `e2e-${randomBytes(12).toString("hex")}`;
  const ctx = { actorId: null, via: "cli" as const };
  const user = await createUser(db, { email, name, role, password }, ctx);
  if (opts.sections?.length) {
    const ids = await Promise.all(opts.sections.map((slug) => sectionId(slug)));
    await setUserSections(db, user.id, ids, ctx);
  }
  return { id: user.id, email, password, name, role };
}

/**
 * A section of the spec's own (English edition, after the demo's in the masthead), so a list
 * page it reads or pages through holds only its stories. Sections have no write path in the
 * app besides the seed (scripts/seed/index.ts), so the row is written as the seed writes it,
 * with the seed's check on reserved addresses; a new slug is in no page cache yet.
 * Global state: a new section shows in every page's masthead, the home page and the sitemap,
 * which other specs check exactly. Only a spec of the global-state project may call this.
 */
export async function makeSection(name = unique("Desk")): Promise<{ slug: string; name: string }> {
  const db = await factoryDb();
  const slug = slugify(name);
  if (RESERVED_SEGMENTS.has(slug)) throw new Error(`${slug} is an address the app reserves`);
  const [last] = await db.select({ position: max(sections.position) }).from(sections);
  await db.insert(sections).values({ slug, name, position: (last?.position ?? 0) + 1, edition: "en" });
  return { slug, name };
}

/** A library photo (seeded, with alt text) whose alt text contains `words`: for a featured image. */
export async function libraryPhoto(words: string): Promise<string> {
  const db = await factoryDb();
  const [row] = await db
    .select({ id: media.id })
    .from(media)
    .where(ilike(media.alt, `%${words}%`));
  if (!row) throw new Error(`no library photo with "${words}" in its alt text`);
  return row.id;
}

export async function sectionId(slug: string): Promise<string> {
  const db = await factoryDb();
  const [row] = await db.select({ id: sections.id }).from(sections).where(eq(sections.slug, slug));
  if (!row) throw new Error(`no section ${slug}`);
  return row.id;
}

/**
 * An HTTP client signed in as a demo role (its saved state) or as a made user (signed in now
 * through next-auth's own credentials endpoint, as the sign-in form does). Sends the Origin
 * header a browser would, since writes without one are refused.
 */
export async function apiAs(who: DemoRole | MadeUser): Promise<APIRequestContext> {
  if (typeof who === "string")
    return request.newContext({ baseURL, storageState: stateFile(who), extraHTTPHeaders: sameOrigin });
  const api = await request.newContext({ baseURL, extraHTTPHeaders: sameOrigin });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedIn = await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: who.email, password: who.password, json: "true" },
    maxRedirects: 0,
  });
  const cookies = (await api.storageState()).cookies;
  if (!cookies.some((c) => c.name.endsWith("next-auth.session-token")))
    throw new Error(`${who.email} could not sign in (${signedIn.status()})`);
  return api;
}

/** A made user's signed-in cookies, for `browser.newContext({ storageState })`. */
export async function stateOf(user: MadeUser): Promise<Awaited<ReturnType<APIRequestContext["storageState"]>>> {
  const api = await apiAs(user);
  const state = await api.storageState();
  await api.dispose();
  // The session token names no host: the same cookies serve the desk at 127.0.0.1 too.
  return { ...state, cookies: [...state.cookies, ...state.cookies.map((c) => ({ ...c, domain: "127.0.0.1" }))] };
}

export type StoryState = "draft" | "in_review" | "published" | "scheduled";

export type MadeStory = { id: string; headline: string; slug: string; section: string; path: string; version: number };

export type StorySpec = {
  /** Made unique by makeStory unless `exactHeadline` is set. */
  headline: string;
  exactHeadline?: boolean;
  section?: string;
  standfirst?: string;
  paragraphs?: string[];
  breaking?: boolean;
  /** A library image's id (libraryPhoto()). */
  featuredImageId?: string;
  state?: StoryState;
  /** For "scheduled": when it goes live (default: in an hour). */
  scheduledFor?: Date;
  /** Who files it (default: the demo reporter). */
  by?: DemoRole | MadeUser;
  /** Who moves it past review (default: the demo editor). */
  publishedBy?: DemoRole | MadeUser;
};

function doc(paragraphs: string[]) {
  return {
    type: "doc",
    content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
  };
}

async function ok<T>(what: string, response: Awaited<ReturnType<APIRequestContext["get"]>>): Promise<T> {
  if (!response.ok()) throw new Error(`${what}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * A story in the state asked for, through the desk's endpoints: New story, one save with the
 * fields, then Submit and Publish or Schedule as an editor would. Returns where readers find it.
 */
export async function makeStory(spec: StorySpec): Promise<MadeStory> {
  const db = await factoryDb();
  const headline = spec.exactHeadline ? spec.headline : unique(spec.headline);
  const section = spec.section ?? "city";
  const filer = await apiAs(spec.by ?? "reporter");
  try {
    const created = await filer.post("/api/stories", { maxRedirects: 0 });
    const id = /\/dashboard\/stories\/([0-9a-f-]{36})$/.exec(created.headers()["location"] ?? "")?.[1];
    if (!id) throw new Error(`New story: ${created.status()}`);
    const byline = await db
      .select({ authorId: storyAuthors.authorId })
      .from(storyAuthors)
      .where(eq(storyAuthors.storyId, id));
    const fields = {
      ...Object.fromEntries(Object.entries(STORY_FIELDS).map(([k, d]) => [k, d.missing])),
      headline,
      standfirst: spec.standfirst ?? `${headline}: the short version.`,
      // Three paragraphs by default, like a real story: some specs read whatever story is newest.
      body: doc(
        spec.paragraphs ?? [
          `${headline}. The first paragraph, filed for this test alone.`,
          "A second paragraph with the details.",
          "A third that closes the story.",
        ],
      ),
      sectionId: await sectionId(section),
      authorIds: byline.map((b) => b.authorId),
      slug: slugify(headline),
      breaking: spec.breaking ?? false,
      featuredImageId: spec.featuredImageId ?? null,
    };
    let { version } = await ok<{ version: number }>(
      "save",
      await filer.put(`/api/stories/${id}`, { data: { version: 1, kind: "save", fields } }),
    );
    const state = spec.state ?? "draft";
    if (state !== "draft") {
      ({ version } = await move(filer, id, { action: "submit", version }));
    }
    if (state === "published" || state === "scheduled") {
      const desk = await apiAs(spec.publishedBy ?? "editor");
      try {
        const scheduledFor = (spec.scheduledFor ?? new Date(Date.now() + 3600_000)).toISOString();
        ({ version } = await move(
          desk,
          id,
          state === "published" ? { action: "publish", version } : { action: "schedule", version, scheduledFor },
        ));
      } finally {
        await desk.dispose();
      }
    }
    const [row] = await db.select({ slug: stories.slug }).from(stories).where(eq(stories.id, id));
    return { id, headline, slug: row!.slug, section, path: `/${section}/${row!.slug}`, version };
  } finally {
    await filer.dispose();
  }
}

/** One workflow action on a story, through the desk's transition endpoint. */
export async function move(
  api: APIRequestContext,
  id: string,
  data: { action: string; version: number; note?: string; scheduledFor?: string },
): Promise<{ version: number; status: string | null }> {
  return ok(`${data.action}`, await api.post(`/api/stories/${id}/transition`, { data }));
}
