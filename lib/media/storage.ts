// Where image files live, behind one small interface: local disk under the data dir now; an
// S3-compatible bucket can implement the same four methods. Names are content-addressed, so a
// file never changes once written and can be cached for a year.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

export interface MediaStorage {
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export function contentKey(data: Buffer, ext: string, prefix = "v"): string {
  const hash = createHash("sha256").update(data).digest("hex");
  return `${prefix}/${hash.slice(0, 2)}/${hash}.${ext}`;
}

const KEY = /^[a-z]+\/[0-9a-f]{2}\/[0-9a-f]{64}\.[a-z]+$/;

export class DiskStorage implements MediaStorage {
  constructor(private readonly root: string) {}

  private file(key: string): string {
    // Keys come from contentKey(); anything else (../, absolute paths) is refused outright.
    if (!KEY.test(key)) throw new Error(`invalid media key: ${key}`);
    return path.join(this.root, key);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const target = this.file(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    // Write then rename: a crash never leaves a half-written file under the final name.
    const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
    await fs.writeFile(temp, data, { mode: 0o644 });
    await fs.rename(temp, target);
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
}
