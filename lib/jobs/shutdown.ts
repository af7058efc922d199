// Stops this process's worker (./worker.ts): its last views go to the queue and the jobs in hand
// finish. Kept free of imports so the HTTP server (scripts/serve.ts, a separate module graph
// from Next's bundle, where the worker starts) can call it: the two meet on globalThis.
const g = globalThis as unknown as { __datelineQueue?: { stop(): Promise<void> } };

export async function stopWorker(): Promise<void> {
  await g.__datelineQueue?.stop();
}
