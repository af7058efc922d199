// For tests only: a local S3-compatible server. s3rver stores objects and answers like S3, but
// it does not check SigV4 signatures, so a small front checks each signature (and the signed
// payload hash) with node:crypto before passing the request on. A wrong key is then refused
// here as AWS would refuse it, and a signing bug cannot pass the tests unnoticed.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export type TestS3 = {
  endpoint: string; // the checking front, where clients send signed requests
  direct: string; // s3rver itself, for reading objects back without a signature
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Requests that reached the front, signed correctly or not. */
  requests(): number;
  stop(): Promise<void>;
};

export async function startTestS3(): Promise<TestS3> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-s3-"));
  const bucket = "dateline-media";
  const creds = { region: "us-east-1", accessKeyId: "TESTKEYID", secretAccessKey: "test-secret-not-a-real-one" };
  const s3 = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port: s3Port } = await s3.run();
  const direct = `http://127.0.0.1:${s3Port}`;

  let count = 0;
  const front = http.createServer(async (req, res) => {
    count++;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const problem = checkSignature(req, body, creds);
    if (problem) {
      res.writeHead(403, { "Content-Type": "application/xml" });
      // Like S3, echo the string to sign: the adapter must not copy the body into its errors.
      return res.end(
        `<Error><Code>SignatureDoesNotMatch</Code><Message>${problem}</Message><StringToSign>${creds.secretAccessKey}</StringToSign></Error>`,
      );
    }
    const headers = new Headers();
    for (const name of ["content-type", "cache-control", "content-length"]) {
      const value = req.headers[name];
      if (typeof value === "string") headers.set(name, value);
    }
    const upstream = await fetch(direct + req.url, {
      method: req.method,
      headers,
      body: body.length ? body : undefined,
    });
    res.writeHead(upstream.status, Object.fromEntries(upstream.headers));
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;

  return {
    endpoint,
    direct,
    bucket,
    ...creds,
    requests: () => count,
    async stop() {
      await new Promise<void>((resolve) => front.close(() => resolve()));
      await s3.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

const hex = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();
const rfc3986 = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** AWS Signature Version 4 for an Authorization header, as S3 checks it; a reason when wrong. */
function checkSignature(
  req: http.IncomingMessage,
  body: Buffer,
  creds: { region: string; accessKeyId: string; secretAccessKey: string },
): string | null {
  const auth =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
      req.headers.authorization ?? "",
    );
  if (!auth) return "missing or malformed SigV4 Authorization header";
  const [, keyId, day, region, signedHeaders, signature] = auth as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (keyId !== creds.accessKeyId || region !== creds.region) return "wrong key id or region";
  const signed = signedHeaders.split(";");
  for (const required of ["host", "x-amz-content-sha256", "x-amz-date"])
    if (!signed.includes(required)) return `${required} is not signed`;
  const payloadHash = String(req.headers["x-amz-content-sha256"]);
  if (payloadHash !== "UNSIGNED-PAYLOAD" && payloadHash !== hex(body)) return "payload hash does not match the body";
  const url = new URL(req.url ?? "/", "http://x");
  const query = [...url.searchParams]
    .map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`)
    .sort()
    .join("&");
  const headers = signed
    .map(
      (name) =>
        `${name}:${String(req.headers[name] ?? "")
          .trim()
          .replace(/\s+/g, " ")}\n`,
    )
    .join("");
  const canonical = [req.method, url.pathname, query, headers, signedHeaders, payloadHash].join("\n");
  const amzDate = String(req.headers["x-amz-date"]);
  const scope = `${day}/${region}/s3/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", amzDate, scope, hex(canonical)].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${creds.secretAccessKey}`, day), region), "s3"), "aws4_request");
  const expected = createHmac("sha256", key).update(toSign).digest();
  return timingSafeEqual(expected, Buffer.from(signature, "hex")) ? null : "signature does not match";
}
