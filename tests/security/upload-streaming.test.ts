// Issue 19, item 7: uploads were read whole (up to ~100 MB a request) before being parsed, and
// three parallel requests from one reporter took a server to 1.86 GB. The body is now read as a
// stream: a file over the limit stops the reading at the limit, a later file is not read before
// the earlier one has been dealt with, and one person has at most two uploads in progress.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AppError } from "@/lib/errors";
import { uploadedFiles } from "@/lib/media/multipart";
import { takeUploadSlot, UPLOADS_PER_PERSON } from "@/lib/media/upload-slots";

const BOUNDARY = "----dateline-test-boundary";
const MB = 1024 * 1024;

/**
 * A multipart body made on demand, 64 KB per pull, counting what the reader has pulled: a file
 * of `size` bytes per entry. Nothing is built before it is asked for, as with a real socket.
 */
function body(files: { name: string; size: number }[]): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  const pieces: (Buffer | number)[] = [];
  for (const f of files) {
    pieces.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
    );
    pieces.push(f.size);
    pieces.push(Buffer.from("\r\n"));
  }
  pieces.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  let pulled = 0;
  let i = 0;
  let leftInFile = -1;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i >= pieces.length) return controller.close();
      const piece = pieces[i]!;
      let chunk: Buffer;
      if (typeof piece === "number") {
        if (leftInFile < 0) leftInFile = piece;
        const n = Math.min(64 * 1024, leftInFile);
        chunk = Buffer.alloc(n, 0x61);
        leftInFile -= n;
        if (leftInFile === 0) {
          i++;
          leftInFile = -1;
        }
      } else {
        chunk = piece;
        i++;
      }
      pulled += chunk.length;
      controller.enqueue(new Uint8Array(chunk));
    },
  });
  return { stream, pulled: () => pulled };
}

const limits = { maxFileBytes: 1 * MB, maxFiles: 30, maxBodyBytes: 200 * MB };
const type = `multipart/form-data; boundary=${BOUNDARY}`;

describe("uploads are streamed", () => {
  it("stops reading a file at the per-file limit instead of reading the whole request", async () => {
    const { stream, pulled } = body([{ name: "huge.jpg", size: 50 * MB }]);
    const parts = [];
    for await (const part of uploadedFiles(stream, type, limits)) {
      parts.push(part);
      // While the route writes its answer the rest of the body must not be read either.
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.deepEqual(parts, [{ name: "huge.jpg", tooLarge: true }]);
    assert.ok(pulled() < 3 * MB, `read ${(pulled() / MB).toFixed(1)} MB of a 50 MB body`);
  });

  it("hands over one file before reading the next", async () => {
    const { stream, pulled } = body([
      { name: "a.jpg", size: 300 * 1024 },
      { name: "b.jpg", size: 900 * 1024 },
      { name: "c.jpg", size: 900 * 1024 },
    ]);
    const seen: { name: string; size: number; pulledThen: number }[] = [];
    for await (const part of uploadedFiles(stream, type, limits)) {
      assert.ok("bytes" in part);
      seen.push({ name: part.name, size: part.bytes.length, pulledThen: pulled() });
    }
    assert.deepEqual(
      seen.map((s) => [s.name, s.size]),
      [
        ["a.jpg", 300 * 1024],
        ["b.jpg", 900 * 1024],
        ["c.jpg", 900 * 1024],
      ],
    );
    assert.ok(seen[0]!.pulledThen < 1.5 * MB, `when a.jpg was handed over, ${seen[0]!.pulledThen} bytes had been read`);
  });

  it("reads the body of a Request whose FormData holds files, as the route gets it", async () => {
    const form = new FormData();
    form.append("caption", "ignored");
    form.append("file", new Blob([Buffer.alloc(2048, 1)], { type: "image/jpeg" }), "ghat.jpg");
    form.append("file", new Blob([Buffer.alloc(4096, 2)], { type: "image/png" }), "ferry.png");
    const req = new Request("http://localhost/api/media", { method: "POST", body: form });
    const parts = [];
    for await (const part of uploadedFiles(req.body!, req.headers.get("content-type")!, limits))
      parts.push("bytes" in part ? [part.name, part.bytes.length, part.bytes[0]] : [part.name, "too large"]);
    assert.deepEqual(parts, [
      ["ghat.jpg", 2048, 1],
      ["ferry.png", 4096, 2],
    ]);
  });

  it("refuses a body that is not multipart as a validation error", async () => {
    const { stream } = body([{ name: "a.jpg", size: 10 }]);
    await assert.rejects(
      (async () => {
        for await (const part of uploadedFiles(stream, "multipart/form-data; boundary=other", limits)) void part;
      })(),
      (e: unknown) => e instanceof AppError,
    );
  });

  it("lets one person have two uploads in progress, not three, and frees the slot when done", () => {
    const done = Array.from({ length: UPLOADS_PER_PERSON }, () => takeUploadSlot("reporter-1"));
    assert.throws(
      () => takeUploadSlot("reporter-1"),
      (e: unknown) => e instanceof AppError && e.kind === "too_many",
    );
    const other = takeUploadSlot("reporter-2"); // someone else is not held up
    other();
    done[0]!();
    done[0]!(); // releasing twice frees one slot, not two
    const again = takeUploadSlot("reporter-1");
    assert.throws(
      () => takeUploadSlot("reporter-1"),
      (e: unknown) => e instanceof AppError && e.kind === "too_many",
    );
    again();
    done[1]!();
  });
});
