import { z } from "zod";
import type { TimersAnswer } from "@/lib/api/story-answers";
import { invalid, storyGone } from "@/lib/errors";
import { isUuid, readJson, route } from "@/lib/http";
import { cancelTimer, listTimers, refusedTimers, setTimer } from "@/lib/stories/timers";
import { visibleStory } from "@/lib/stories/visible";

const kind = z.enum(["update", "unpublish"]);

export const POST = route<{ id: string }>(async (req, { user, db, ip, params }): Promise<TimersAnswer> => {
  if (!isUuid(params.id)) throw storyGone();
  const parsed = z.object({ kind, dueAt: z.iso.datetime({ offset: true }) }).safeParse(await readJson(req, 4 * 1024));
  if (!parsed.success) throw invalid("Choose a date and time.", { dueAt: "Choose a date and time." });
  await setTimer(db, user, params.id, parsed.data.kind, new Date(parsed.data.dueAt), { ip });
  return { timers: await listTimers(db, params.id) };
});

export const DELETE = route<{ id: string }>(async (req, { user, db, ip, params }): Promise<TimersAnswer> => {
  if (!isUuid(params.id)) throw storyGone();
  const parsed = kind.safeParse(new URL(req.url).searchParams.get("kind"));
  if (!parsed.success) throw invalid("Say which appointment to cancel: update or unpublish.");
  await cancelTimer(db, user, params.id, parsed.data, { ip });
  return { timers: await listTimers(db, params.id) };
});

export const GET = route<{ id: string }>(async (_req, { user, db, params }): Promise<TimersAnswer> => {
  if (!isUuid(params.id)) throw storyGone();
  await visibleStory(db, user, params.id);
  return { timers: await listTimers(db, params.id), refused: await refusedTimers(db, params.id) };
});
