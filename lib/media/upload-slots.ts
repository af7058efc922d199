// How many uploads one person may have in progress on this server at once. Each holds up to one
// file in memory while it is read and processed; the desk sends two at a time, so a third
// waits in the browser rather than here (issue 19, item 7: three parallel requests from one
// reporter took a server to 1.86 GB).
import { AppError } from "@/lib/errors";

export const UPLOADS_PER_PERSON = 2;

const inProgress = new Map<string, number>();

/** Takes one of the person's upload slots, or refuses with 429; call the result when done. */
export function takeUploadSlot(userId: string): () => void {
  const n = inProgress.get(userId) ?? 0;
  if (n >= UPLOADS_PER_PERSON)
    throw new AppError("too_many", `You have ${n} uploads in progress; wait for them to finish.`);
  inProgress.set(userId, n + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (inProgress.get(userId) ?? 1) - 1;
    if (left > 0) inProgress.set(userId, left);
    else inProgress.delete(userId);
  };
}
