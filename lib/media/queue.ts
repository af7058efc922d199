// Caps how many images are decoded and encoded at once. A 12-megapixel photo holds a few
// hundred MB and both cores for seconds; queueing the rest keeps the site answering readers.
// The line is bounded too: one person sending hundreds of files cannot queue minutes of work
// ahead of everyone else's upload; past the bound an upload is refused at once (429), per file.
import os from "node:os";
import { AppError } from "@/lib/errors";

const LIMIT = Math.max(1, Math.min(2, Math.floor(os.availableParallelism() / 2)));
/** Images waiting for a slot, per process: the library sends two at a time per person. */
export const MAX_WAITING = 12;
let running = 0;
const waiting: (() => void)[] = [];

export async function withProcessingSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= LIMIT) {
    if (waiting.length >= MAX_WAITING) {
      throw new AppError(
        "too_many",
        "The photo desk is busy processing other uploads. Try this image again in a minute.",
      );
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else running++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next)
      next(); // the slot passes straight to the next in line
    else running--;
  }
}

// Read by the HTTP server's /metrics, which lives outside Next's bundle (lib/observe/shared.ts).
(globalThis as unknown as { __datelineMediaQueue?: () => { running: number; waiting: number } }).__datelineMediaQueue =
  () => ({
    running,
    waiting: waiting.length,
  });

export function processingLimit(): number {
  return LIMIT;
}
