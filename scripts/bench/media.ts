// Upload processing: a 12-megapixel camera JPEG through processImage (sniff, decode, rotate,
// strip metadata, six widths × WebP/AVIF/JPEG). Images per second and peak memory.
import sharp from "sharp";
import { processImage } from "@/lib/media/process";

export async function benchMedia(opts: { images: number }): Promise<Record<string, number>> {
  // Noise compresses like a real photo does (badly); a flat colour would flatter the numbers.
  const photo = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } } })
    .jpeg({ quality: 90 })
    .toBuffer();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const times: number[] = [];
  try {
    await processImage(photo); // warm up
    for (let i = 0; i < opts.images; i++) {
      const started = performance.now();
      await processImage(photo);
      times.push(performance.now() - started);
    }
  } finally {
    clearInterval(sampler);
  }
  const total = times.reduce((a, b) => a + b, 0);
  return {
    megapixels: 12,
    input_mb: Math.round((photo.length / 1024 / 1024) * 10) / 10,
    images: opts.images,
    images_per_second: Math.round((opts.images / (total / 1000)) * 100) / 100,
    mean_ms_per_image: Math.round(total / opts.images),
    peak_rss_mb: Math.round(peak / 1024 / 1024),
  };
}
