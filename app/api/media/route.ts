// Uploads (POST, multipart: one or more `file` fields; a result per file) and the library
// listing the editor's picker uses (GET). Only signed-in staff reach either (route()).
import { NextResponse } from "next/server";
import { listMedia, toItem } from "@/db/queries/media";
import { env } from "@/lib/env";
import { AppError, STATUS } from "@/lib/errors";
import { requestIdOf, route, toResponse } from "@/lib/http";
import { uploadImage } from "@/lib/media/library";
import { uploadedFiles } from "@/lib/media/multipart";
import { takeUploadSlot } from "@/lib/media/upload-slots";
import { mediaStorage } from "@/lib/media/store";

const MAX_FILES_PER_REQUEST = 30;

type FileResult =
  | { fileName: string; ok: true; item: ReturnType<typeof toItem> }
  | { fileName: string; ok: false; status: number; error: string };

export const GET = route(async (req, { db }) => {
  const p = req.nextUrl.searchParams;
  return listMedia(
    { q: p.get("q") ?? undefined, unused: p.get("unused") === "1", page: Number(p.get("page") ?? 1) || 1 },
    db,
  );
});

export const POST = route(async (req, { user, db, ip }) => {
  const limit = env().DATELINE_MEDIA_MAX_MB * 1024 * 1024;
  const limitText = `${env().DATELINE_MEDIA_MAX_MB} MB`;
  // The whole request may carry up to five files' worth; the browser sends one file per request.
  const requestLimit = limit * 5 + 64 * 1024;
  if (Number(req.headers.get("content-length") ?? 0) > requestLimit) {
    const tooLarge = new AppError(
      "too_large",
      `Too large: each image may be at most ${limitText}; send fewer files at once.`,
    );
    return closing(toResponse(tooLarge, requestIdOf(req)));
  }
  const contentType = req.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data") || !req.body) {
    throw new AppError("validation", "Send the images as multipart/form-data in fields named “file”.");
  }
  const release = takeUploadSlot(user.id);
  const results: FileResult[] = [];
  // Reading stops at the first file over the limit, leaving the rest of the body unread on the
  // connection: the next request a client sent on it would be read as that body and reset
  // (issue 19, item 7). Such an answer closes the connection, so the client opens a new one.
  let unread = false;
  try {
    // Streamed: one file in memory at a time, and reading stops at the first one over the limit.
    const parts = uploadedFiles(req.body, contentType, {
      maxFileBytes: limit,
      maxFiles: MAX_FILES_PER_REQUEST,
      maxBodyBytes: requestLimit,
    });
    for await (const part of parts) {
      const fileName = part.name;
      if ("tooLarge" in part) {
        unread = true;
        results.push({
          fileName,
          ok: false,
          status: 413,
          error: `“${fileName}” is larger than the limit of ${limitText}.`,
        });
        continue;
      }
      try {
        const row = await uploadImage(db, mediaStorage(), user, { name: fileName, bytes: part.bytes }, { ip });
        results.push({ fileName, ok: true, item: toItem(row, user.name) });
      } catch (e) {
        if (!(e instanceof AppError)) {
          console.error("[media] upload failed:", e instanceof Error ? e.message : e);
          results.push({
            fileName,
            ok: false,
            status: 500,
            error: `“${fileName}” could not be stored. Nothing was kept; try again.`,
          });
        } else {
          results.push({ fileName, ok: false, status: STATUS[e.kind], error: e.message });
        }
      }
    }
  } catch (e) {
    // A body that could not be read (over the whole-request limit, malformed) is also left unread.
    return closing(toResponse(e, requestIdOf(req)));
  } finally {
    release();
  }
  if (results.length === 0) throw new AppError("validation", "Choose at least one image to upload.");
  // One file: its own status, so a plain client sees 413/422 directly. Several: 200 with a result each.
  const status = results.length === 1 && !results[0]!.ok ? results[0]!.status : results.every((r) => r.ok) ? 201 : 200;
  const single = results[0]!;
  const payload = results.length === 1 && !single.ok ? { error: single.error, results } : { results };
  const answer = NextResponse.json(payload, { status, headers: { "Cache-Control": "private, no-store" } });
  return unread ? closing(answer) : answer;
});

/** An answer after which the connection is closed: the request's body was not (all) read. */
function closing(answer: Response): Response {
  answer.headers.set("Connection", "close");
  return answer;
}
