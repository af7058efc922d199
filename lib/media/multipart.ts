// Reads an upload's multipart body as a stream, one file at a time. The route used to read the
// whole request (up to ~100 MB) before parsing it, and three parallel uploads from one reporter
// took a server to 1.86 GB (issue 19, item 7). Here a file is held only once it has arrived whole
// and within the per-file limit; the next one is not read until the caller has dealt with it
// (stream back-pressure), and the first file over the limit ends the reading at the limit.
import { Readable, Transform } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import Busboy, { type BusboyFileStream } from "@fastify/busboy";
import { AppError } from "@/lib/errors";

export type UploadPart = { name: string; bytes: Buffer } | { name: string; tooLarge: true };

export type MultipartLimits = {
  /** Largest file, in bytes: past it the reading stops and the part is reported too large. */
  maxFileBytes: number;
  maxFiles: number;
  /** The whole body, in bytes: a guard against a part that never ends. */
  maxBodyBytes: number;
};

/** The `file` fields of a multipart body, in order. Other fields are read and dropped. */
export async function* uploadedFiles(
  body: ReadableStream<Uint8Array>,
  contentType: string,
  limits: MultipartLimits,
): AsyncGenerator<UploadPart> {
  const parser = Busboy({
    headers: { "content-type": contentType },
    limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 20, fieldSize: 1024 },
  });
  const waiting: { name: string; stream: BusboyFileStream }[] = [];
  let finished = false;
  let failure: unknown = null;
  let wake = () => {};
  parser.on("file", (field, stream, filename) => {
    if (field !== "file") return void stream.resume();
    waiting.push({ name: filename || "image", stream });
    wake();
  });
  parser.on("filesLimit", () => {
    failure ??= new AppError("validation", `At most ${limits.maxFiles} images at once.`);
    wake();
  });
  parser.on("finish", () => {
    finished = true;
    wake();
  });
  parser.on("error", (e) => {
    failure ??= e;
    wake();
  });
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > limits.maxBodyBytes) done(new AppError("too_large", "The upload is larger than allowed."));
      else done(null, chunk);
    },
  });
  const source = Readable.fromWeb(body as NodeReadableStream<Uint8Array>);
  for (const s of [source, counter])
    s.on("error", (e) => {
      failure ??= e;
      wake();
    });
  source.pipe(counter).pipe(parser);
  try {
    for (;;) {
      while (!waiting.length && !finished && !failure) await new Promise<void>((r) => (wake = r));
      if (failure)
        throw failure instanceof AppError
          ? failure
          : new AppError("validation", "The upload could not be read. Try again.");
      const next = waiting.shift();
      if (!next) return;
      const chunks: Buffer[] = [];
      const file = next.stream;
      const ended = await new Promise<"end" | "limit">((resolve, reject) => {
        file.on("data", (chunk: Buffer) => chunks.push(chunk));
        file.once("end", () => resolve("end"));
        file.once("error", reject);
        // Stop reading the request here: the parser would otherwise read (and drop) the rest.
        file.once("limit", () => {
          source.unpipe();
          source.destroy();
          resolve("limit");
        });
      });
      if (ended === "limit" || file.truncated) {
        yield { name: next.name, tooLarge: true };
        return; // the rest is not read: the answer is already known
      }
      yield { name: next.name, bytes: Buffer.concat(chunks) };
    }
  } finally {
    source.unpipe();
    source.destroy();
    counter.destroy();
  }
}
