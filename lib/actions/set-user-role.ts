"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { invalid } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { setRole } from "@/lib/users";
import { defineAction } from "./action";

export const setUserRoleAction = defineAction({
  schema: z.object({ userId: z.uuid(), role: z.string() }),
  authorize: (_input, { user }) => can(user, "users.manage"),
  async run({ userId, role }, { db, user, ip }) {
    if (userId === user.id && role !== user.role) throw invalid("You cannot change your own role; ask another admin.");
    const updated = await setRole(db, userId, role, { actorId: user.id, ip, via: "web" });
    revalidatePath("/dashboard/users");
    return { name: updated.name, role: updated.role };
  },
  message: (d) => `${d.name} is now ${/^[aeiou]/.test(d.role) ? "an" : "a"} ${d.role}.`,
});
