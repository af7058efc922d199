// Where image files live, behind one small interface: local disk under the data dir by default,
// or an S3-compatible bucket (s3-storage.ts). Names are content-addressed, so a file never
// changes once written and can be cached for a year.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

export interface MediaStorage {
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Where readers can fetch the file directly, or null when the app must serve it. */
  publicUrl(key: string): string | null;
}

/** Files are named by their content, so a stored file never changes: cache it for a year. */
export const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";

export function contentKey(data: Buffer, ext: string, prefix = "v"): string {
  const hash = createHash("sha256").update(data).digest("hex");
  return `${prefix}/${hash.slice(0, 2)}/${hash}.${ext}`;
}

const KEY = /^[a-z]+\/[0-9a-f]{2}\/[0-9a-f]{64}\.[a-z]+$/;

/**
 * Every adapter calls this before any I/O. Keys come from contentKey(); anything else (../,
 * absolute paths, other shapes) is refused outright. A valid key needs no URL escaping.
 */
export function checkMediaKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`invalid media key: ${JSON.stringify(key).slice(0, 120)}`);
  return key;
}

const CONTENT_TYPES: Record<string, string> = {
  avif: "image/avif",
  gif: "image/gif",
  jpeg: "image/jpeg",
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
};

/** The Content-Type for a key's extension, for storing and for serving. */
export function mediaContentType(key: string): string {
  return CONTENT_TYPES[key.slice(key.lastIndexOf(".") + 1)] ?? "application/octet-stream";
}

export class DiskStorage implements MediaStorage {
  constructor(private readonly root: string) {}

  private file(key: string): string {
    return path.join(this.root, checkMediaKey(key));
  }

  async put(key: string, data: Buffer): Promise<void> {
    const target = this.file(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    // Write then rename: a crash never leaves a half-written file under the final name. The
    // temp name is random, so two uploads of the same photo at once do not share one.
    const temp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await fs.writeFile(temp, data, { mode: 0o644 });
      await fs.rename(temp, target);
    } catch (e) {
      await fs.rm(temp, { force: true }); // a full disk must not also leave litter behind
      throw e;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.file(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.file(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    return fs.access(this.file(key)).then(
      () => true,
      () => false,
    );
  }

  publicUrl(key: string): null {
    checkMediaKey(key);
    return null; // the app serves files from disk itself
  }
}
