// The one "published and visible now" filter. Every reader-facing query uses it, so a draft,
// scheduled or unpublished story can never leak onto a public page.
import { and, eq, lte, sql } from "drizzle-orm";
import { stories } from "@/db/schema";

export const publishedNow = () => and(eq(stories.status, "published"), lte(stories.publishedAt, sql`now()`));
