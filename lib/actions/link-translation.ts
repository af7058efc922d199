"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { stories } from "@/db/schema";
import { eq } from "drizzle-orm";
import { linkTranslation, translationSchema } from "@/lib/stories/translations";
import { canEditContent } from "@/lib/workflow";
import { defineAction } from "./action";

// "Translation of" in the desk. The per-object check here is the story being edited; the
// write checks every other story whose page the link changes (lib/stories/translations.ts).
export const linkTranslationAction = defineAction({
  schema: translationSchema,
  async authorize(input, { user }) {
    const [story] = await getDb().select().from(stories).where(eq(stories.id, input.storyId));
    return story !== undefined && canEditContent(user, story);
  },
  async run(input, { db, user, ip }) {
    const linked = await linkTranslation(db, user, input, { ip });
    revalidatePath(`/dashboard/stories/${input.storyId}`);
    return linked;
  },
  message: (d) => (d.originalId ? "Linked as a translation pair." : "No longer a translation pair."),
});
