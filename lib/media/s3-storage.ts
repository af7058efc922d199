// Media files in an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO…), signed with SigV4 by
// aws4fetch over the built-in fetch. Keys are checked by the same rule as on disk, before any
// request; errors name the operation, key and bucket, never the credentials.
import { AwsClient } from "aws4fetch";
import { createHash } from "node:crypto";
import { inspect } from "node:util";
import { checkMediaKey, IMMUTABLE_CACHE_CONTROL, mediaContentType, type MediaStorage } from "./storage";

export type S3Settings = {
  /** The service's base URL, e.g. https://s3.eu-west-1.amazonaws.com or http://localhost:9000. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `endpoint/bucket/key` instead of `bucket.endpoint/key` (MinIO and most self-hosted servers). */
  forcePathStyle: boolean;
  /** Where readers fetch objects directly (a CDN or the bucket's public domain), if anywhere. */
  publicUrl?: string;
  /** Per request, retries included. */
  timeoutMs?: number;
};

export class S3StorageError extends Error {}

export class S3Storage implements MediaStorage {
  private readonly client: AwsClient;
  private readonly base: string;
  private readonly where: string; // for messages: bucket and host, nothing secret
  private readonly timeoutMs: number;
  private readonly publicBase: string | null;

  constructor(settings: S3Settings) {
    // aws4fetch retries 5xx and 429 with backoff; its default of 10 tries can stall an upload
    // for a minute, so fewer.
    this.client = new AwsClient({
      accessKeyId: settings.accessKeyId,
      secretAccessKey: settings.secretAccessKey,
      region: settings.region,
      service: "s3",
      retries: 3,
    });
    const endpoint = new URL(settings.endpoint);
    const prefix = endpoint.pathname.replace(/\/+$/, "");
    this.base = settings.forcePathStyle
      ? `${endpoint.origin}${prefix}/${encodeURIComponent(settings.bucket)}`
      : `${endpoint.protocol}//${settings.bucket}.${endpoint.host}${prefix}`;
    this.where = `bucket "${settings.bucket}" at ${endpoint.host}`;
    this.timeoutMs = settings.timeoutMs ?? 30_000;
    this.publicBase = settings.publicUrl ? settings.publicUrl.replace(/\/+$/, "") : null;
  }

  // The client holds the secret: a stray console.log(storage) must print only where it points.
  [inspect.custom](): string {
    return `S3Storage(${this.where})`;
  }

  toJSON(): string {
    return `S3Storage(${this.where})`;
  }

  async put(key: string, data: Buffer): Promise<void> {
    const url = this.url(key);
    const res = await this.request("put", key, url, {
      method: "PUT",
      // The DOM types want an ArrayBuffer-backed view; sharp's and fs's Buffers are exactly that.
      body: data as Uint8Array<ArrayBuffer>,
      headers: {
        "Content-Type": mediaContentType(key),
        "Cache-Control": IMMUTABLE_CACHE_CONTROL,
        // A signed payload hash (not UNSIGNED-PAYLOAD): the server refuses a body damaged on the way.
        "X-Amz-Content-Sha256": createHash("sha256").update(data).digest("hex"),
      },
    });
    await this.expectOk("put", key, res);
  }

  async get(key: string): Promise<Buffer | null> {
    const url = this.url(key);
    const res = await this.request("get", key, url, { method: "GET" });
    if (res.status === 404) {
      await res.body?.cancel();
      return null;
    }
    await this.expectOk("get", key, res, false);
    return Buffer.from(await res.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const url = this.url(key);
    const res = await this.request("delete", key, url, { method: "DELETE" });
    // S3 answers 204 for a missing key too; some compatible servers answer 404. Both mean gone.
    if (res.status === 404) {
      await res.body?.cancel();
      return;
    }
    await this.expectOk("delete", key, res);
  }

  async exists(key: string): Promise<boolean> {
    const url = this.url(key);
    const res = await this.request("exists", key, url, { method: "HEAD" });
    if (res.status === 404) return false;
    await this.expectOk("exists", key, res);
    return true;
  }

  publicUrl(key: string): string | null {
    checkMediaKey(key);
    return this.publicBase ? `${this.publicBase}/${key}` : null;
  }

  private url(key: string): string {
    return `${this.base}/${checkMediaKey(key)}`; // a valid key needs no escaping
  }

  private async request(op: string, key: string, url: string, init: RequestInit): Promise<Response> {
    try {
      return await this.client.fetch(url, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (e) {
      // Network failures: say where we could not reach, and why, in words without the request.
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      const reason =
        (e as Error).name === "TimeoutError"
          ? `no answer within ${this.timeoutMs / 1000} s`
          : (cause?.code ?? cause?.message ?? (e as Error).message);
      throw new S3StorageError(`S3 ${op} of ${key} failed: could not reach ${this.where}: ${reason}`);
    }
  }

  private async expectOk(op: string, key: string, res: Response, drain = true): Promise<void> {
    if (res.ok) {
      if (drain) await res.body?.cancel();
      return;
    }
    // S3 errors are XML with a <Code> (AccessDenied, NoSuchBucket, SignatureDoesNotMatch…).
    // Only the code goes in the message: some servers echo the string they signed.
    const text = await res.text().catch(() => "");
    const code = /<Code>([A-Za-z0-9.]{1,64})<\/Code>/.exec(text)?.[1];
    throw new S3StorageError(`S3 ${op} of ${key} failed: ${res.status}${code ? ` ${code}` : ""} from ${this.where}`);
  }
}
