// Uploads (POST, multipart: one or more `file` fields; a result per file) and the library
// listing the editor's picker uses (GET). Only signed-in staff reach either (route()).
import { NextResponse } from "next/server";
import { listMedia, toItem } from "@/db/queries/media";
import { env } from "@/lib/env";
import { AppError, STATUS } from "@/lib/errors";
import { readBytesCapped, route } from "@/lib/http";
import { uploadImage } from "@/lib/media/library";
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

export const POST = route(async (req, { user, db }) => {
  const limit = env().DATELINE_MEDIA_MAX_MB * 1024 * 1024;
  const limitText = `${env().DATELINE_MEDIA_MAX_MB} MB`;
  // The whole request may carry up to five files' worth; the browser sends one file per request.
  const requestLimit = limit * 5 + 64 * 1024;
  if (Number(req.headers.get("content-length") ?? 0) > requestLimit) {
    throw new AppError("too_large", `Too large: each image may be at most ${limitText}; send fewer files at once.`);
  }
  if (!(req.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    throw new AppError("validation", "Send the images as multipart/form-data in fields named “file”.");
  }
  const body = await readBytesCapped(req, requestLimit);
  if (!body)
    throw new AppError("too_large", `Too large: each image may be at most ${limitText}; send fewer files at once.`);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), {
      headers: { "content-type": req.headers.get("content-type")! },
    }).formData();
  } catch {
    throw new AppError("validation", "The upload could not be read. Try again.");
  }
  const files = form.getAll("file").filter((f): f is File => typeof f !== "string");
  if (files.length === 0) throw new AppError("validation", "Choose at least one image to upload.");
  if (files.length > MAX_FILES_PER_REQUEST)
    throw new AppError("validation", `At most ${MAX_FILES_PER_REQUEST} images at once.`);

  const results: FileResult[] = [];
  for (const file of files) {
    const fileName = file.name || "image";
    if (file.size > limit) {
      results.push({
        fileName,
        ok: false,
        status: 413,
        error: `“${fileName}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${limitText}.`,
      });
      continue;
    }
    try {
      const row = await uploadImage(db, mediaStorage(), user, {
        name: fileName,
        bytes: Buffer.from(await file.arrayBuffer()),
      });
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
  // One file: its own status, so a plain client sees 413/422 directly. Several: 200 with a result each.
  const status = files.length === 1 && !results[0]!.ok ? results[0]!.status : results.every((r) => r.ok) ? 201 : 200;
  const single = results[0]!;
  const payload = files.length === 1 && !single.ok ? { error: single.error, results } : { results };
  return NextResponse.json(payload, { status, headers: { "Cache-Control": "private, no-store" } });
});
