import assert from "node:assert/strict";
import { it } from "node:test";
import { INDEX_TTL_S, MAX_PER_KEY, memoryIndex, withLocalRecord } from "./index-store";

const v = (uri: string, encoding = "gzip") => ({ host: "news.example", uri, encoding });

it("files each variant under its keys, once, and forgets what the front no longer holds", async () => {
  let now = 1_000_000;
  const index = memoryIndex(() => now);
  await index.record(["addr:a", "all"], v("/national/a"));
  await index.record(["addr:a", "all"], v("/national/a", ""));
  await index.record(["addr:a", "all"], v("/national/a")); // again: still one entry
  await index.record(["lists", "all"], { ...v("/"), rsc: { rsc: "1" } });
  assert.deepEqual(await index.variants(["addr:a"]), [v("/national/a", ""), v("/national/a")]);
  assert.equal((await index.variants(["all"])).length, 3);
  assert.deepEqual(await index.variants(["lists"]), [{ ...v("/"), rsc: { rsc: "1" } }]);
  assert.deepEqual(await index.variants(["story:none"]), []);
  now += INDEX_TTL_S * 1000 + 1;
  assert.deepEqual(await index.variants(["all"]), []);
});

it("keeps the newest addresses per key when there are more than it may hold", async () => {
  const index = memoryIndex();
  for (let i = 0; i <= MAX_PER_KEY; i++) await index.record(["lists"], v(`/search?q=${i}`));
  const uris = (await index.variants(["lists"])).map((x) => x.uri);
  assert.equal(uris.length, MAX_PER_KEY);
  assert.ok(!uris.includes("/search?q=0"), "the oldest went");
  assert.ok(uris.includes(`/search?q=${MAX_PER_KEY}`));
});

it("reads this server's own record while the shared one cannot be reached", async () => {
  let reachable = true;
  const shared = memoryIndex();
  const unreliable = {
    record: async (keys: string[], x: ReturnType<typeof v>) => {
      if (!reachable) throw new Error("ECONNREFUSED");
      await shared.record(keys, x);
    },
    variants: async (keys: string[]) => {
      if (!reachable) throw new Error("ECONNREFUSED");
      return shared.variants(keys);
    },
  };
  const local = memoryIndex();
  const index = withLocalRecord(unreliable, local);
  await index.record(["addr:a", "all"], v("/national/a"));
  await shared.record(["lists", "all"], v("/")); // filed by another server
  assert.equal((await index.variants(["all"])).length, 2, "the shared index, while it answers");
  reachable = false;
  await index.record(["addr:b", "all"], v("/national/b")).catch(() => {});
  assert.deepEqual(
    (await index.variants(["all"])).map((x) => x.uri),
    ["/national/a", "/national/b"],
    "what this server handed the front",
  );
  reachable = true;
  assert.equal((await index.variants(["all"])).length, 2, "the shared index again once it answers");
});
