// One contract for every media storage, run against the disk adapter (a temp dir) and the S3
// adapter (a local s3rver behind a SigV4-checking front, started here on a free port).
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { inspect } from "node:util";
import { after, before, describe, it } from "node:test";
import { parseEnv, s3Settings } from "@/lib/env";
import { S3Storage, type S3Settings } from "./s3-storage";
import { startTestS3, type TestS3 } from "./s3-test-server";
import { createMediaStorage } from "./store";
import { contentKey, DiskStorage, type MediaStorage } from "./storage";

type Harness = {
  store: MediaStorage;
  /** Changes whenever the adapter touched its backing store (files on disk, requests to S3). */
  footprint(): Promise<string>;
};

const binary = (size: number) =>
  Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(size)]);

const BAD_KEYS = [
  "../../etc/passwd",
  "/etc/passwd",
  `v/ab/../../${"a".repeat(64)}.webp`,
  `../v/ab/${"a".repeat(64)}.webp`,
  `V/AB/${"A".repeat(64)}.webp`,
  `v/ab/${"a".repeat(64)}.WEBP`,
  `v/ab/${"a".repeat(63)}.webp`,
  `v/ab/${"a".repeat(64)}`,
  `v//${"a".repeat(64)}.webp`,
  `v/ab/${"a".repeat(64)}.webp\n`,
  `v/ab/${"a".repeat(64)}.webp?x=1`,
  "",
];

function storageContract(name: string, setup: () => Promise<Harness & { teardown(): Promise<void> }>) {
  describe(`${name}: the storage contract`, () => {
    let h: Harness & { teardown(): Promise<void> };
    before(async () => (h = await setup()));
    after(() => h.teardown());

    it("stores binary data and reads it back byte for byte", async () => {
      const data = binary(300_000);
      const key = contentKey(data, "jpeg");
      await h.store.put(key, data);
      const back = await h.store.get(key);
      assert.ok(back && Buffer.compare(back, data) === 0, "the same bytes come back");
    });

    it("answers null and false for a key never stored", async () => {
      const key = contentKey(randomBytes(32), "webp");
      assert.equal(await h.store.get(key), null);
      assert.equal(await h.store.exists(key), false);
    });

    it("tells whether a key exists, and deletes idempotently", async () => {
      const data = binary(1000);
      const key = contentKey(data, "png");
      await h.store.put(key, data);
      assert.equal(await h.store.exists(key), true);
      await h.store.delete(key);
      assert.equal(await h.store.exists(key), false);
      assert.equal(await h.store.get(key), null);
      await h.store.delete(key); // a second delete is not an error
      await h.store.delete(contentKey(randomBytes(8), "png")); // nor is deleting what never was
    });

    it("lets the same key be written again, last write winning", async () => {
      const first = binary(500);
      const key = contentKey(first, "gif");
      await h.store.put(key, first);
      await h.store.put(key, first);
      assert.deepEqual(await h.store.get(key), first);
      const second = binary(700);
      await h.store.put(key, second);
      assert.deepEqual(await h.store.get(key), second);
    });

    it("refuses malformed keys before touching storage", async () => {
      const before = await h.footprint();
      for (const key of BAD_KEYS) {
        const shown = JSON.stringify(key);
        await assert.rejects(h.store.put(key, Buffer.from("x")), /invalid media key/, `put ${shown}`);
        await assert.rejects(h.store.get(key), /invalid media key/, `get ${shown}`);
        await assert.rejects(h.store.exists(key), /invalid media key/, `exists ${shown}`);
        await assert.rejects(h.store.delete(key), /invalid media key/, `delete ${shown}`);
        assert.throws(() => h.store.publicUrl(key), /invalid media key/, `publicUrl ${shown}`);
      }
      assert.equal(await h.footprint(), before, "nothing was read, written or requested");
    });

    it("takes many puts at once, including several of the same key", async () => {
      const files = Array.from({ length: 40 }, (_, i) => binary(2000 + i));
      const keys = files.map((f) => contentKey(f, "avif"));
      await Promise.all([
        ...files.map((f, i) => h.store.put(keys[i]!, f)),
        ...files.slice(0, 5).map((f, i) => h.store.put(keys[i]!, f)),
      ]);
      const back = await Promise.all(keys.map((k) => h.store.get(k)));
      back.forEach((b, i) => assert.ok(b && Buffer.compare(b, files[i]!) === 0, `file ${i} intact`));
    });
  });
}

/** A port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function listTree(dir: string): Promise<string> {
  const entries = await fs.readdir(dir, { recursive: true }).catch(() => []);
  return entries.sort().join("\n");
}

storageContract("disk", async () => {
  const sandbox = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-media-"));
  const root = path.join(sandbox, "media");
  return {
    store: new DiskStorage(root),
    footprint: () => listTree(sandbox), // the sandbox, so an escape from root would show too
    teardown: () => fs.rm(sandbox, { recursive: true, force: true }),
  };
});

const settings = (s3: TestS3, over: Partial<S3Settings> = {}): S3Settings => ({
  endpoint: s3.endpoint,
  bucket: s3.bucket,
  region: s3.region,
  accessKeyId: s3.accessKeyId,
  secretAccessKey: s3.secretAccessKey,
  forcePathStyle: true,
  ...over,
});

storageContract("S3 (s3rver)", async () => {
  const s3 = await startTestS3();
  return {
    store: new S3Storage(settings(s3)),
    footprint: async () => String(s3.requests()),
    teardown: () => s3.stop(),
  };
});

describe("disk storage", () => {
  it("leaves no temporary files behind and has no public URL", async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-media-"));
    try {
      const store = new DiskStorage(root);
      const data = binary(100);
      const key = contentKey(data, "webp");
      await Promise.all([store.put(key, data), store.put(key, data), store.put(key, data)]);
      assert.deepEqual(await fs.readdir(path.dirname(path.join(root, key))), [path.basename(key)]);
      assert.equal(store.publicUrl(key), null);
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  });
});

describe("S3 storage", () => {
  let s3: TestS3;
  before(async () => (s3 = await startTestS3()));
  after(() => s3.stop());

  it("stores each object with its Content-Type and a year-long immutable Cache-Control", async () => {
    const store = new S3Storage(settings(s3));
    for (const [ext, type] of [
      ["webp", "image/webp"],
      ["avif", "image/avif"],
      ["jpeg", "image/jpeg"],
      ["png", "image/png"],
      ["gif", "image/gif"],
    ]) {
      const data = binary(64);
      const key = contentKey(data, ext!);
      await store.put(key, data);
      const res = await fetch(`${s3.direct}/${s3.bucket}/${key}`); // s3rver itself, unsigned, as a reader or CDN would
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("content-type"), type);
      assert.equal(res.headers.get("cache-control"), "public, max-age=31536000, immutable");
      assert.deepEqual(Buffer.from(await res.arrayBuffer()), data);
    }
  });

  it("is refused with a wrong secret, and says so without the secret", async () => {
    const secret = "wrong-secret-that-must-not-leak";
    const store = new S3Storage(settings(s3, { secretAccessKey: secret }));
    const key = contentKey(binary(10), "webp");
    const err = await store.put(key, Buffer.from("x")).then(
      () => null,
      (e: Error) => e,
    );
    assert.ok(err, "the put was refused");
    assert.match(
      err.message,
      /^S3 put of v\/[0-9a-f]{2}\/[0-9a-f]{64}\.webp failed: 403 SignatureDoesNotMatch from bucket "dateline-media" at 127\.0\.0\.1:\d+$/,
    );
    assert.ok(!err.message.includes(secret) && !err.message.includes(s3.secretAccessKey));
    assert.equal(await new S3Storage(settings(s3)).exists(key), false, "nothing was stored");
    assert.ok(
      !inspect(store).includes(secret) && !JSON.stringify({ store }).includes(secret),
      "printing the storage shows no secret",
    );
  });

  it("names the unreachable endpoint when the network fails, without the secret", async () => {
    const port = await closedPort();
    const store = new S3Storage(settings(s3, { endpoint: `http://127.0.0.1:${port}` }));
    const err = await store.get(contentKey(binary(10), "webp")).then(
      () => null,
      (e: Error) => e,
    );
    assert.equal(
      err?.message.replace(/ v\/\S+ /, " KEY "),
      `S3 get of KEY failed: could not reach bucket "dateline-media" at 127.0.0.1:${port}: ECONNREFUSED`,
    );
  });

  it("addresses buckets by host name unless path style is asked for, and builds public URLs", async () => {
    const seen: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = async (input: RequestInfo | URL) => {
      const req = input as Request;
      seen.push(`${req.method} ${req.url} ${req.headers.get("authorization")?.split(",")[0]}`);
      return new Response(null, { status: 404 });
    };
    try {
      const key = contentKey(Buffer.from("a"), "webp");
      const aws = {
        endpoint: "https://s3.eu-west-1.amazonaws.com",
        bucket: "news-media",
        region: "eu-west-1",
        accessKeyId: "AKIDEXAMPLE",
        secretAccessKey: "s",
      };
      await new S3Storage({ ...aws, forcePathStyle: false }).exists(key);
      await new S3Storage({ ...aws, endpoint: "http://minio.internal:9000/", forcePathStyle: true }).exists(key);
      assert.deepEqual(seen, [
        `HEAD https://news-media.s3.eu-west-1.amazonaws.com/${key} AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/${new Date().toISOString().slice(0, 10).replaceAll("-", "")}/eu-west-1/s3/aws4_request`,
        `HEAD http://minio.internal:9000/news-media/${key} AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/${new Date().toISOString().slice(0, 10).replaceAll("-", "")}/eu-west-1/s3/aws4_request`,
      ]);
      assert.equal(new S3Storage({ ...aws, forcePathStyle: false }).publicUrl(key), null);
      assert.equal(
        new S3Storage({ ...aws, forcePathStyle: false, publicUrl: "https://media.example.com/" }).publicUrl(key),
        `https://media.example.com/${key}`,
      );
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});

describe("choosing the storage from the environment", () => {
  const s3Vars = {
    DATELINE_S3_ENDPOINT: "https://account.r2.cloudflarestorage.com",
    DATELINE_S3_BUCKET: "news-media",
    DATELINE_S3_ACCESS_KEY_ID: "AKIDEXAMPLE",
    DATELINE_S3_SECRET_ACCESS_KEY: "very-secret-value",
  };

  it("uses the data dir's media folder when no S3 variable is set", () => {
    assert.ok(createMediaStorage(parseEnv({ DATELINE_DATA_DIR: "/srv/dateline" })) instanceof DiskStorage);
  });

  it("uses the bucket when endpoint, bucket and both keys are set, with us-east-1 and host-style addressing by default", () => {
    const e = parseEnv(s3Vars);
    assert.deepEqual(s3Settings(e), {
      endpoint: "https://account.r2.cloudflarestorage.com",
      bucket: "news-media",
      region: "us-east-1",
      accessKeyId: "AKIDEXAMPLE",
      secretAccessKey: "very-secret-value",
      forcePathStyle: false,
      publicUrl: undefined,
    });
    assert.ok(createMediaStorage(e) instanceof S3Storage);
    assert.equal(
      s3Settings(parseEnv({ ...s3Vars, DATELINE_S3_FORCE_PATH_STYLE: "true", DATELINE_S3_REGION: "auto" }))
        ?.forcePathStyle,
      true,
    );
    assert.equal(
      s3Settings(parseEnv({ DATELINE_S3_ENDPOINT: "", DATELINE_S3_BUCKET: "" })),
      null,
      "an empty variable is an unset one",
    );
  });

  it("refuses a partial S3 setup, naming what is missing and never a secret", () => {
    const partial = { DATELINE_S3_BUCKET: "news-media", DATELINE_S3_SECRET_ACCESS_KEY: "very-secret-value" };
    assert.throws(
      () => parseEnv(partial),
      (e: Error) =>
        e.message ===
          "Invalid environment: DATELINE_S3_ENDPOINT: S3 media storage needs DATELINE_S3_ENDPOINT, DATELINE_S3_BUCKET, DATELINE_S3_ACCESS_KEY_ID, DATELINE_S3_SECRET_ACCESS_KEY together (or none, for the data dir); missing DATELINE_S3_ENDPOINT, DATELINE_S3_ACCESS_KEY_ID" &&
        !e.message.includes("very-secret-value"),
    );
    assert.throws(
      () => parseEnv({ DATELINE_S3_PUBLIC_URL: "https://media.example.com" }),
      /S3 media storage needs .* missing DATELINE_S3_ENDPOINT, DATELINE_S3_BUCKET, DATELINE_S3_ACCESS_KEY_ID, DATELINE_S3_SECRET_ACCESS_KEY$/,
    );
    assert.throws(
      () => parseEnv({ ...s3Vars, DATELINE_S3_ENDPOINT: "s3.amazonaws.com" }),
      /DATELINE_S3_ENDPOINT must be an absolute http\(s\) URL/,
    );
    assert.throws(
      () => parseEnv({ ...s3Vars, DATELINE_S3_ENDPOINT: "https://key:very-secret-value@s3.example.com" }),
      (e: Error) => /must not contain credentials/.test(e.message) && !e.message.includes("very-secret-value"),
    );
    assert.throws(
      () => parseEnv({ ...s3Vars, DATELINE_S3_FORCE_PATH_STYLE: "yes" }),
      /DATELINE_S3_FORCE_PATH_STYLE must be true or false/,
    );
    assert.throws(
      () => parseEnv({ ...s3Vars, DATELINE_S3_BUCKET: "News_Media" }),
      /DATELINE_S3_BUCKET must be a bucket name/,
    );
  });
});
