"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { invalid } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { setActive } from "@/lib/users";
import { defineAction } from "./action";

export const setUserActiveAction = defineAction({
  schema: z.object({ userId: z.uuid(), active: z.enum(["true", "false"]).transform((v) => v === "true") }),
  authorize: (_input, { user }) => can(user, "users.manage"),
  async run({ userId, active }, { db, user, ip }) {
    if (userId === user.id && !active) throw invalid("You cannot deactivate your own account.");
    const updated = await setActive(db, userId, active, { actorId: user.id, ip, via: "web" });
    revalidatePath("/dashboard/users");
    return { name: updated.name, active: updated.active };
  },
  message: (d) => `${d.name} is ${d.active ? "active again" : "deactivated"}.`,
});
