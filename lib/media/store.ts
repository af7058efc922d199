// The one media storage of this process: the S3-compatible bucket when DATELINE_S3_* is set,
// otherwise <data dir>/media. Callers never choose; they ask for mediaStorage().
import path from "node:path";
import { env, s3Settings, type Env } from "@/lib/env";
import { S3Storage } from "./s3-storage";
import { DiskStorage, type MediaStorage } from "./storage";

// Kept on globalThis so development hot reloads reuse it, as db/index.ts does with its client.
const globalForMedia = globalThis as unknown as { __datelineMedia?: MediaStorage };

export function mediaStorage(): MediaStorage {
  globalForMedia.__datelineMedia ??= createMediaStorage();
  return globalForMedia.__datelineMedia;
}

export function createMediaStorage(e: Env = env()): MediaStorage {
  const s3 = s3Settings(e);
  return s3 ? new S3Storage(s3) : new DiskStorage(path.join(e.dataDir, "media"));
}
