// Issue 19, item 9: uploads, image deletions and take-overs were audited without the address
// the request came from, though docs/security.md said every entry had one.
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import { after, before, describe, it } from "node:test";
import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { auditLog } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { deleteMedia, uploadImage } from "@/lib/media/library";
import { DiskStorage } from "@/lib/media/storage";
import { heartbeat } from "@/lib/stories/presence";
import { createStory } from "@/lib/stories/store";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, tempDir, type TestDb } from "../integration/helpers";

let t: TestDb;
let root: string;
let reporter: Actor & { name: string }, editor: Actor;
const IP = "203.0.113.52";

before(async () => {
  t = await freshDatabase();
  root = await tempDir("dateline-audit-ip-");
  const make = async (email: string, role: string) => {
    const u = await createUser(
      t.db,
      { email, name: email, role, password: "long enough password" },
      { actorId: null, via: "cli" },
    );
    return { id: u.id, role: u.role, name: u.name };
  };
  reporter = await make("rumana@example.com", "reporter");
  editor = await make("emdad@example.com", "editor");
});
after(async () => {
  await t.drop();
  await stopTestServer();
  await fs.rm(root, { recursive: true, force: true });
});

const ipOf = async (action: "media.uploaded" | "media.deleted" | "story.taken_over", targetId: string) => {
  const rows = await t.db
    .select({ ip: auditLog.ip })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));
  assert.equal(rows.length, 1, `one ${action} entry`);
  return rows[0]!.ip;
};

describe("the audit log has the address for", () => {
  it("an upload and a deletion", async () => {
    const storage = new DiskStorage(root);
    const bytes = await sharp({ create: { width: 320, height: 240, channels: 3, background: "#468" } })
      .jpeg()
      .toBuffer();
    const image = await uploadImage(t.db, storage, reporter, { name: "launch.jpg", bytes }, { ip: IP });
    assert.equal(await ipOf("media.uploaded", image.id), IP);
    await deleteMedia(t.db, storage, reporter, image.id, { ip: IP });
    assert.equal(await ipOf("media.deleted", image.id), IP);
  });

  it("a take-over", async () => {
    const { id } = await createStory(t.db, reporter);
    await heartbeat(t.db, reporter, id, "tab-reporter");
    await heartbeat(t.db, editor, id, "tab-editor", true, { ip: IP });
    assert.equal(await ipOf("story.taken_over", id), IP);
  });
});
