"use server";
import { z } from "zod";
import { can } from "@/lib/permissions";
import { saveSitePage } from "@/lib/save-site-page";
import { defineAction } from "./action";

export const updateSitePageAction = defineAction({
  // The full check lives in lib/save-site-page.ts, shared with tests; here only the shape of a form.
  schema: z.object({ slug: z.string(), title: z.string(), body: z.string() }),
  // Admin only, like site settings: these pages speak for the outlet.
  authorize: (_input, { user }) => can(user, "settings.manage"),
  async run(input, { db, user, ip }) {
    // Expires the page's cached copy once saved (lib/save-site-page.ts).
    return saveSitePage(db, user, input, ip);
  },
  message: (data) => `Saved. Readers see the new text at ${data.path} now.`,
});
