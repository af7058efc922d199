import assert from "node:assert/strict";
import { describe, it } from "node:test";
import sharp from "sharp";
import { cropBox, makeCrops, processImage } from "./process";

describe("focal-point crops", () => {
  it("takes the largest box of the ratio, centred on the focal point and kept inside the image", () => {
    assert.deepEqual(cropBox(1600, 900, 1, { x: 0.5, y: 0.5 }), { left: 350, top: 0, width: 900, height: 900 });
    assert.deepEqual(cropBox(1600, 900, 1, { x: 0, y: 0.5 }), { left: 0, top: 0, width: 900, height: 900 });
    assert.deepEqual(cropBox(1600, 900, 1, { x: 0.9, y: 0.5 }), { left: 700, top: 0, width: 900, height: 900 });
    assert.deepEqual(cropBox(900, 1600, 16 / 9, { x: 0.5, y: 0.1 }), { left: 0, top: 0, width: 900, height: 506 });
    assert.deepEqual(cropBox(900, 1600, 16 / 9, { x: 0.5, y: 0.8 }), { left: 0, top: 1027, width: 900, height: 506 });
  });

  it("makes 16:9, 4:3 and 1:1 JPEGs that follow the focal point", async () => {
    // Left half red, right half blue: a square crop focused right must come out blue.
    const left = await sharp({ create: { width: 800, height: 400, channels: 3, background: "#ff0000" } })
      .png()
      .toBuffer();
    const wide = await sharp({ create: { width: 1600, height: 400, channels: 3, background: "#0000ff" } })
      .composite([{ input: left, left: 0, top: 0 }])
      .jpeg()
      .toBuffer();
    const out = await processImage(wide, { formats: ["jpeg"], widths: [320], focal: { x: 0.95, y: 0.5 } });
    const sizes = Object.fromEntries(out.crops.map((c) => [c.ratio, `${c.width}x${c.height}`]));
    assert.deepEqual(sizes, { "16x9": "711x400", "4x3": "533x400", "1x1": "400x400" });
    const square = out.crops.find((c) => c.ratio === "1x1")!;
    const { dominant } = await sharp(square.data).stats();
    assert.ok(dominant.b > 200 && dominant.r < 60, `expected blue, got ${JSON.stringify(dominant)}`);

    const again = await makeCrops(out.original.data, { x: 0.05, y: 0.5 });
    const redSquare = again.find((c) => c.ratio === "1x1")!;
    const stats = await sharp(redSquare.data).stats();
    assert.ok(stats.dominant.r > 200 && stats.dominant.b < 60, `expected red, got ${JSON.stringify(stats.dominant)}`);
  });
});
