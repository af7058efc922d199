"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { can } from "@/lib/permissions";
import { createUser, generatePassword } from "@/lib/users";
import { defineAction } from "./action";

const schema = z.object({
  email: z.string(),
  name: z.string(),
  role: z.string(),
  // Empty means "generate one and show it once".
  password: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined)),
});

/** Admins invite a colleague: the account is ready, with a password shown once to pass on. */
export const createUserAction = defineAction({
  schema,
  authorize: (_input, { user }) => can(user, "users.manage"),
  async run(input, { db, user, ip }) {
    const password = input.password ?? generatePassword();
    const created = await createUser(db, { ...input, password }, { actorId: user.id, ip, via: "web" });
    revalidatePath("/dashboard/users");
    return { email: created.email, generatedPassword: input.password ? null : password };
  },
  message: (d) =>
    d.generatedPassword
      ? `Created ${d.email}. Their password is ${d.generatedPassword} — pass it on privately; it will not be shown again.`
      : `Created ${d.email}.`,
});
