import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { auditLog, siteSettings } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { withEditionNames } from "@/lib/edition-names";
import { updateSettings } from "@/lib/settings";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
let admin: { id: string; role: "admin" };
let editor: { id: string; role: "editor" };
before(async () => {
  t = await freshDatabase();
  const ctx = { actorId: null, via: "cli" as const };
  admin = {
    id: (
      await createUser(
        t.db,
        { email: "a@example.com", name: "A", role: "admin", password: "long enough password" },
        ctx,
      )
    ).id,
    role: "admin",
  };
  editor = {
    id: (
      await createUser(
        t.db,
        { email: "e@example.com", name: "E", role: "editor", password: "long enough password" },
        ctx,
      )
    ).id,
    role: "editor",
  };
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

const valid = {
  siteName: "The Chattogram Chronicle",
  tagline: "Port city news",
  timeZone: "Asia/Dhaka",
  cityLabel: "Chattogram",
  locale: "en-GB",
  facebook: "https://www.facebook.com/example",
  x: "",
  newsletter: "",
};
const current = async () => (await t.db.select().from(siteSettings).where(eq(siteSettings.id, 1)))[0]!;

describe("site settings", () => {
  it("an admin changes them; empty links are dropped; the change is audited with what changed", async () => {
    await updateSettings(t.db, admin, valid);
    const s = await current();
    assert.equal(s.siteName, "The Chattogram Chronicle");
    assert.equal(s.cityLabel, "Chattogram");
    assert.deepEqual(s.socialLinks, { facebook: "https://www.facebook.com/example" });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "settings.changed"));
    assert.deepEqual((entry!.details as { changed: string[] }).changed.sort(), [
      "cityLabel",
      "siteName",
      "socialLinks",
      "tagline",
    ]);
  });

  it("refuses a bad time zone, locale or link with field errors, changing nothing", async () => {
    const before = await current();
    await assert.rejects(
      updateSettings(t.db, admin, {
        ...valid,
        timeZone: "Asia/Dacca-typo",
        locale: "not a locale!",
        x: "javascript:alert(1)",
      }),
      (e: unknown) => {
        assert.ok(e instanceof AppError && e.kind === "validation");
        assert.deepEqual(Object.keys(e.fieldErrors ?? {}).sort(), ["locale", "timeZone", "x"]);
        return true;
      },
    );
    assert.deepEqual(await current(), before);
  });

  it("refuses anyone but an admin", async () => {
    await assert.rejects(
      updateSettings(t.db, editor, { ...valid, siteName: "Hijacked" }),
      (e: unknown) => e instanceof AppError && e.kind === "forbidden",
    );
    assert.equal((await current()).siteName, "The Chattogram Chronicle");
  });

  it("keeps each edition's own masthead words, and a blank one reads as the default's", async () => {
    await updateSettings(t.db, admin, {
      ...valid,
      siteName_bn: " চট্টগ্রাম ক্রনিকল ",
      cityLabel_bn: "চট্টগ্রাম",
      tagline_bn: "",
    });
    const s = await current();
    assert.deepEqual(s.editionNames, { bn: { siteName: "চট্টগ্রাম ক্রনিকল", cityLabel: "চট্টগ্রাম" } });
    const bn = withEditionNames(s, "bn");
    assert.equal(bn.siteName, "চট্টগ্রাম ক্রনিকল");
    assert.equal(bn.cityLabel, "চট্টগ্রাম");
    assert.equal(bn.tagline, "Port city news", "no Bangla tagline: the default edition's");
    assert.equal(withEditionNames(s, "en").siteName, "The Chattogram Chronicle");
    await assert.rejects(
      updateSettings(t.db, admin, { ...valid, siteName_bn: "ন".repeat(101) }),
      (e: unknown) => e instanceof AppError && Object.keys(e.fieldErrors ?? {}).includes("siteName_bn"),
    );
  });
});
