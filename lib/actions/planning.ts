"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getSiteSettings } from "@/db/queries/settings";
import { can } from "@/lib/permissions";
import { assignmentInput, createAssignment, startDraft, updateAssignment } from "@/lib/planning/assignments";
import { CHECK_IDS, CHECK_MODES, type CheckId, type CheckMode } from "@/lib/stories/checklist";
import { saveChecklistConfig } from "@/lib/stories/checklist-store";
import { defineAction } from "./action";

// The per-object checks (whose pitch, who may assign whom) need the row, so they live in
// lib/planning/assignments.ts inside the write's transaction; authorize asks the role question.

export const createAssignmentAction = defineAction({
  schema: assignmentInput,
  authorize: (_input, { user }) => can(user, "planning.pitch"),
  async run(input, { db, user, ip }) {
    const { timeZone } = await getSiteSettings();
    const row = await createAssignment(db, user, input, { ip, timeZone });
    revalidatePath("/dashboard/planning", "layout");
    return { title: row.title, state: row.state };
  },
  message: (d) => (d.state === "assigned" ? `“${d.title}” is assigned.` : `“${d.title}” is on the budget as a pitch.`),
});

export const updateAssignmentAction = defineAction({
  schema: assignmentInput.extend({
    id: z.uuid(),
    state: z.enum(["pitched", "assigned", "spiked"]).optional(),
  }),
  authorize: (_input, { user }) => can(user, "planning.pitch"),
  async run({ id, ...input }, { db, user, ip }) {
    const { timeZone } = await getSiteSettings();
    const row = await updateAssignment(db, user, id, input, { ip, timeZone });
    revalidatePath("/dashboard/planning", "layout");
    return { title: row.title, state: row.state };
  },
  message: (d) => (d.state === "spiked" ? `“${d.title}” is spiked.` : `“${d.title}” is saved.`),
});

export const startDraftAction = defineAction({
  schema: z.object({ id: z.uuid() }),
  authorize: (_input, { user }) => can(user, "story.create"),
  async run({ id }, { db, user, ip }) {
    const { timeZone } = await getSiteSettings();
    const started = await startDraft(db, user, id, { ip, timeZone });
    revalidatePath("/dashboard/planning", "layout");
    return started;
  },
  message: () => "The draft is ready.",
});

const mode = z.enum(CHECK_MODES);
export const updateChecklistAction = defineAction({
  schema: z.object({
    photo: mode,
    standfirst: mode,
    headlineLength: mode,
    wordCount: mode,
    legal: mode,
    headlineMax: z.coerce.number().int().min(20, "At least 20 characters.").max(300, "At most 300 characters."),
    wordTolerancePct: z.coerce.number().int().min(0, "0 to 100 per cent.").max(100, "0 to 100 per cent."),
  } satisfies Record<CheckId, unknown> & Record<string, unknown>),
  authorize: (_input, { user }) => can(user, "checklist.manage"),
  async run(input, { db, user, ip }) {
    const config = {
      modes: Object.fromEntries(CHECK_IDS.map((id) => [id, input[id]])) as Record<CheckId, CheckMode>,
      headlineMax: input.headlineMax,
      wordTolerancePct: input.wordTolerancePct,
    };
    await saveChecklistConfig(db, user, config, { ip });
    revalidatePath("/dashboard/planning/checklist");
    return config;
  },
  message: () => "The checklist is saved; it applies from the next Publish.",
});
