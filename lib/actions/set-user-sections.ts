"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { can } from "@/lib/permissions";
import { setUserSections } from "@/lib/user-sections";
import { defineAction } from "./action";

export const setUserSectionsAction = defineAction({
  // A form sends the checked boxes as one comma-separated field (empty: no sections).
  schema: z.object({
    userId: z.uuid(),
    sectionIds: z
      .string()
      .max(10_000)
      .transform((s) => s.split(",").filter(Boolean))
      .pipe(z.array(z.uuid({ message: "Unknown section." })).max(200)),
  }),
  authorize: (_input, { user }) => can(user, "users.manage"),
  async run({ userId, sectionIds }, { db, user, ip }) {
    const done = await setUserSections(db, userId, sectionIds, { actorId: user.id, ip, via: "web" });
    revalidatePath("/dashboard/users");
    return done;
  },
  message: (d) =>
    d.sections.length ? `${d.name} now runs ${d.sections.join(", ")}.` : `${d.name} runs no section now.`,
});
