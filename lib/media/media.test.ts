import assert from "node:assert/strict";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import sharp from "sharp";
import { MediaError, processImage } from "./process";
import { describeRefusal, sniffImageType } from "./sniff";
import { contentKey, DiskStorage } from "./storage";

// Test images are made here, by the test, with sharp.
const photo = (width = 400, height = 200) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } });

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A valid tiny PNG whose header claims width × height: a decompression bomb's calling card. */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await photo(1, 1).png().toBuffer());
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe("type sniffing", () => {
  it("recognises the five accepted formats by their bytes", async () => {
    assert.equal(sniffImageType(await photo().jpeg().toBuffer()), "jpeg");
    assert.equal(sniffImageType(await photo().png().toBuffer()), "png");
    assert.equal(sniffImageType(await photo().webp().toBuffer()), "webp");
    assert.equal(sniffImageType(await photo().gif().toBuffer()), "gif");
    assert.equal(sniffImageType(await photo(64, 64).avif().toBuffer()), "avif");
  });

  it("refuses SVG, HTML, PDF and empty files with a reason", () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    assert.equal(sniffImageType(svg), null);
    assert.match(describeRefusal(svg), /SVG images are not accepted/);
    assert.match(describeRefusal(Buffer.from("<!DOCTYPE html><html></html>")), /web page/);
    assert.match(describeRefusal(Buffer.from("%PDF-1.7 ...")), /PDFs are not accepted/);
    assert.match(describeRefusal(Buffer.alloc(0)), /empty/);
  });
});

describe("processing", () => {
  it("strips GPS and all other metadata from the original and every variant", async () => {
    const withGps = await photo(800, 600)
      .withExif({
        IFD0: { Make: "Test camera" },
        IFD3: {
          GPSLatitudeRef: "N",
          GPSLatitude: "23/1 48/1 0/1",
          GPSLongitudeRef: "E",
          GPSLongitude: "90/1 24/1 0/1",
        },
      })
      .jpeg()
      .toBuffer();
    assert.ok((await sharp(withGps).metadata()).exif, "the test photo carries EXIF");
    const out = await processImage(withGps, { formats: ["jpeg", "webp"], widths: [320, 640] });
    for (const file of [out.original.data, ...out.crops.map((c) => c.data), ...out.variants.map((v) => v.data)]) {
      const meta = await sharp(file).metadata();
      assert.equal(meta.exif, undefined);
      assert.equal(meta.xmp, undefined);
      assert.ok(!file.includes(Buffer.from("Test camera")));
    }
  });

  it("applies the camera's orientation and makes variants no wider than the original", async () => {
    const sideways = await photo(400, 200).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const out = await processImage(sideways, { formats: ["webp", "avif", "jpeg"], widths: [120, 160, 3000] });
    assert.deepEqual([out.width, out.height], [200, 400]);
    assert.deepEqual(out.variants.map((v) => `${v.format}@${v.width}x${v.height}`).sort(), [
      "avif@120x240",
      "avif@160x320",
      "jpeg@120x240",
      "jpeg@160x320",
      "webp@120x240",
      "webp@160x320",
    ]);
    for (const v of out.variants) assert.equal(sniffImageType(v.data), v.format);
  });

  it("refuses a truncated JPEG, a polyglot, a disguised SVG and a 50,000 × 50,000 bomb with clear messages", async () => {
    const jpeg = await photo(600, 400).jpeg().toBuffer();
    await assert.rejects(
      processImage(jpeg.subarray(0, jpeg.length / 2)),
      (e: unknown) => e instanceof MediaError && /damaged or incomplete/.test(e.message),
    );
    const polyglot = Buffer.concat([
      Buffer.from("GIF89a/*"),
      Buffer.from("*/=alert(document.cookie);//<html><script>x()</script>"),
    ]);
    await assert.rejects(processImage(polyglot), MediaError);
    await assert.rejects(
      processImage(Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')),
      /SVG images are not accepted/,
    );
    await assert.rejects(processImage(await pngClaiming(50_000, 50_000)), /too large/);
    await assert.rejects(processImage(Buffer.alloc(0)), /empty/);
  });

  it("keeps GIF animation in WebP and uses the first frame elsewhere", async () => {
    const frame = (colour: string) =>
      sharp({ create: { width: 40, height: 80, channels: 4, background: colour } })
        .png()
        .toBuffer();
    const twoFrames = await sharp([await frame("#c00"), await frame("#00c")], { join: { animated: true } })
      .gif()
      .toBuffer();
    const out = await processImage(twoFrames, { formats: ["webp", "jpeg"], widths: [40] });
    assert.equal(out.animated, true);
    const webp = out.variants.find((v) => v.format === "webp")!;
    assert.equal((await sharp(webp.data).metadata()).pages, 2);
  });
});

describe("disk storage", () => {
  it("stores content-addressed files, reads them back, deletes them, and refuses odd keys", async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-media-"));
    try {
      const store = new DiskStorage(root);
      const data = Buffer.from("pretend image bytes");
      const key = contentKey(data, "webp");
      assert.match(key, /^v\/[0-9a-f]{2}\/[0-9a-f]{64}\.webp$/);
      assert.equal(await store.exists(key), false);
      await store.put(key, data);
      assert.deepEqual(await store.get(key), data);
      assert.equal(await store.exists(key), true);
      await store.delete(key);
      assert.equal(await store.get(key), null);
      await assert.rejects(store.put("../../etc/passwd", data), /invalid media key/);
      assert.deepEqual(
        await fs.readdir(path.join(root, key.split("/")[0]!, key.split("/")[1]!)),
        [],
        "no temporary files left behind",
      );
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  });
});
