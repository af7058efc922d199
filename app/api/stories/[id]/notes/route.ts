import { z } from "zod";
import type { NoteAnswer } from "@/lib/api/story-answers";
import { invalid, storyGone } from "@/lib/errors";
import { isUuid, readJson, route } from "@/lib/http";
import { addNote } from "@/lib/stories/notes";

export const POST = route<{ id: string }>(async (req, { user, db, ip, params }): Promise<NoteAnswer> => {
  if (!isUuid(params.id)) throw storyGone();
  const parsed = z.object({ body: z.string() }).safeParse(await readJson(req, 64 * 1024));
  if (!parsed.success) throw invalid("The note is malformed.");
  return addNote(db, user, params.id, parsed.data.body, { ip });
});
