// The process's one media storage: local disk under the data dir.
import path from "node:path";
import { env } from "@/lib/env";
import { DiskStorage, type MediaStorage } from "./storage";

let instance: MediaStorage | undefined;

export function mediaStorage(): MediaStorage {
  instance ??= new DiskStorage(path.join(env().dataDir, "media"));
  return instance;
}
