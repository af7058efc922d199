// Issue 19: the same contributor could be added again and again by name ("Reuters" three times).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { count, isNull } from "drizzle-orm";
import { authors } from "@/db/schema";
import { addContributor } from "@/lib/contributors";
import type { Actor } from "@/lib/permissions";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
let reporter: Actor;

before(async () => {
  t = await freshDatabase();
  const u = await createUser(
    t.db,
    { email: "r@example.com", name: "Rumana Reporter", role: "reporter", password: "long enough password" },
    { actorId: null, via: "cli" },
  );
  reporter = { id: u.id, role: u.role };
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

const contributors = async () => (await t.db.select({ n: count() }).from(authors).where(isNull(authors.userId)))[0]!.n;

describe("contributors by name", () => {
  it("adding a name already there, in any case or spacing, gives back that contributor", async () => {
    const first = await addContributor(t.db, reporter, { name: "Bangladesh Sangbad Sangstha" });
    assert.equal(first.existing, false);
    const again = await addContributor(t.db, reporter, { name: "  bangladesh   sangbad SANGSTHA " });
    assert.equal(again.id, first.id);
    assert.equal(again.existing, true);
    assert.equal(await contributors(), 1);
  });

  it("two additions of one new name at once make one contributor", async () => {
    const [a, b] = await Promise.all([
      addContributor(t.db, reporter, { name: "Agence France-Presse" }),
      addContributor(t.db, reporter, { name: "agence france-presse" }),
    ]);
    assert.equal(a.id, b.id);
    assert.equal(await contributors(), 2);
  });

  it("a different name is a new contributor", async () => {
    const other = await addContributor(t.db, reporter, { name: "Reuters" });
    assert.equal(other.existing, false);
    assert.equal(await contributors(), 3);
  });
});
