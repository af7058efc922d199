// Finding 16: one small upload must not be able to take the CPU from everyone. A 53 KB animated
// GIF of a few hundred frames cost 16 s to process, and the processing line had no end.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { MAX_ANIMATION_PIXELS, MediaError, processImage } from "@/lib/media/process";
import { MAX_WAITING, processingLimit, withProcessingSlot } from "@/lib/media/queue";

/** An animated GIF of `frames` flat frames: tiny on disk, costly to decode and re-encode. */
async function animatedGif(frames: number, size: number): Promise<Buffer> {
  const channels = 3;
  const raw = Buffer.alloc(size * size * frames * channels);
  for (let f = 0; f < frames; f++)
    raw.fill(f % 2 ? 40 : 200, f * size * size * channels, (f + 1) * size * size * channels);
  return sharp(raw, { raw: { width: size, height: size * frames, channels, pageHeight: size } })
    .gif()
    .toBuffer();
}

describe("uploads cannot starve the server", () => {
  it("refuses an animation whose frames × pixels pass the cap, before decoding it, with the numbers", async () => {
    const frames = Math.ceil(MAX_ANIMATION_PIXELS / (200 * 200)) + 10;
    const gif = await animatedGif(frames, 200);
    assert.ok(gif.length < 200_000, `the bomb is small on disk (${gif.length} bytes)`);
    await assert.rejects(processImage(gif), (e: unknown) => {
      assert.ok(e instanceof MediaError);
      assert.match(e.message, new RegExp(`${frames} frames of 200 × 200`));
      return true;
    });
  });

  it("still takes a short animation", async () => {
    const processed = await processImage(await animatedGif(6, 120), { formats: ["webp"], widths: [120] });
    assert.equal(processed.animated, true);
  });

  it("refuses at once, with 429, an image that would wait behind a full line", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const held = Array.from({ length: processingLimit() + MAX_WAITING }, () => withProcessingSlot(() => gate));
    await assert.rejects(
      withProcessingSlot(async () => "never"),
      (e: unknown) => {
        assert.ok(e instanceof AppError);
        assert.equal(e.kind, "too_many");
        assert.match(e.message, /busy/);
        return true;
      },
    );
    release();
    await Promise.all(held);
    assert.equal(await withProcessingSlot(async () => "after"), "after", "the line takes work again once it drains");
  });
});
