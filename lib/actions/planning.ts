"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getSiteSettings } from "@/db/queries/settings";
import { can } from "@/lib/permissions";
import { assignmentInput, createAssignment, startDraft, updateAssignment } from "@/lib/planning/assignments";
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
