"use server";
import { invalidate } from "@/lib/cache/invalidate";
import { TAGS } from "@/lib/cache/tags";
import { z } from "zod";
import { can } from "@/lib/permissions";
import { updateSettings } from "@/lib/settings";
import { defineAction } from "./action";

export const updateSettingsAction = defineAction({
  // The full check lives in lib/settings.ts, shared with tests; here only the shape of a form.
  schema: z.record(z.string(), z.string()),
  authorize: (_input, { user }) => can(user, "settings.manage"),
  async run(input, { db, user, ip }) {
    await updateSettings(db, user, input, ip);
    // Every page shows settings (name, clock, links), and feeds carry them too.
    invalidate({ tags: [TAGS.site], everything: true });
    return { saved: true };
  },
  message: () => "Settings saved. Readers see them on their next page.",
});
