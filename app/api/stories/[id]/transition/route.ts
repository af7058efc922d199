import { z } from "zod";
import type { TransitionAnswer } from "@/lib/api/story-answers";
import { invalid, storyGone } from "@/lib/errors";
import { isUuid, readJson, route } from "@/lib/http";
import { transition } from "@/lib/stories/transition";
import { ACTIONS, type WorkflowAction } from "@/lib/workflow";

const schema = z.object({
  action: z.enum(ACTIONS as [string, ...string[]]),
  version: z.number().int().positive(),
  // Its length is the domain's to judge (lib/stories/limits.ts), with a message that says so;
  // readJson bounds the request.
  note: z.string().optional(),
  scheduledFor: z.iso.datetime({ offset: true }).optional(),
});

export const POST = route<{ id: string }>(async (req, { user, db, ip, params }): Promise<TransitionAnswer> => {
  if (!isUuid(params.id)) throw storyGone();
  const parsed = schema.safeParse(await readJson(req, 64 * 1024));
  if (!parsed.success) throw invalid("The request is malformed.", { scheduledFor: "Use a full date and time." });
  const { action, version, note, scheduledFor } = parsed.data;
  // Readers (and this editor, on reload) get the new state at once: transition() expires the
  // pages it changed once its transaction commits.
  return transition(db, user, params.id, {
    action: action as WorkflowAction,
    version,
    note,
    scheduledFor: scheduledFor ? new Date(scheduledFor) : undefined,
    ip,
  });
});
