"use server";
import { revalidatePath } from "next/cache";
import { arrangementSchema, saveArrangement } from "@/lib/home";
import { can } from "@/lib/permissions";
import { defineAction } from "./action";

// Optimistic concurrency: the editor sends the arrangement they started from; a save over
// someone else's newer arrangement is a conflict, not an overwrite (see lib/home.ts).
export const arrangeHomeAction = defineAction({
  schema: arrangementSchema,
  authorize: (_input, { user }) => can(user, "homepage.arrange"),
  async run(input, { db, user, ip }) {
    const saved = await saveArrangement(db, user, input, { ip });
    revalidatePath("/dashboard/home");
    return saved;
  },
  message: (d) =>
    d.storyIds.length === 0
      ? "Home page saved: with nothing arranged, the newest stories lead it."
      : "Home page saved.",
});
