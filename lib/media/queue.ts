// Caps how many images are decoded and encoded at once. A 12-megapixel photo holds a few
// hundred MB and both cores for seconds; queueing the rest keeps the site answering readers.
import os from "node:os";

const LIMIT = Math.max(1, Math.min(2, Math.floor(os.availableParallelism() / 2)));
let running = 0;
const waiting: (() => void)[] = [];

export async function withProcessingSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= LIMIT) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
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
