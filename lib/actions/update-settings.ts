"use server";
import { z } from "zod";
import { can } from "@/lib/permissions";
import { updateSettings } from "@/lib/settings";
import { defineAction } from "./action";

export const updateSettingsAction = defineAction({
  // The full check lives in lib/settings.ts, shared with tests; here only the shape of a form.
  schema: z.record(z.string(), z.string()),
  authorize: (_input, { user }) => can(user, "settings.manage"),
  async run(input, { db, user, ip }) {
    // Expires every public page once saved (lib/settings.ts).
    await updateSettings(db, user, input, ip);
    return { saved: true };
  },
  message: () => "Settings saved. Readers see them on their next page.",
});
