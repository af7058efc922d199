// Photo uploads: a 12-megapixel camera JPEG through processImage in-process (sniff, decode,
// rotate, strip metadata, six widths × WebP/AVIF/JPEG, three crops), then the same photo
// uploaded over HTTP to the production server (auth, parse, process, store, row): images per
// second, the server's peak memory, and how long a reader waits for the home page meanwhile.
import sharp from "sharp";
import { processImage } from "@/lib/media/process";
import { percentile, signInCookie, treeRss, type BenchServer } from "./server";

async function cameraPhoto(): Promise<Buffer> {
  // Noise compresses like a real photo does (badly); a flat colour would flatter the numbers.
  return sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: "#808080",
      noise: { type: "gaussian", mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 90 })
    .toBuffer();
}

const round = (n: number, places = 0) => Math.round(n * 10 ** places) / 10 ** places;

async function inProcess(photo: Buffer, images: number): Promise<Record<string, number>> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const times: number[] = [];
  try {
    await processImage(photo); // warm up
    for (let i = 0; i < images; i++) {
      const started = performance.now();
      await processImage(photo);
      times.push(performance.now() - started);
    }
  } finally {
    clearInterval(sampler);
  }
  const total = times.reduce((a, b) => a + b, 0);
  return {
    process_images_per_second: round(images / (total / 1000), 2),
    process_mean_ms: Math.round(total / images),
    process_peak_rss_mb: Math.round(peak / 1024 / 1024),
  };
}

async function homeLatency(server: BenchServer, until: () => boolean): Promise<number[]> {
  const times: number[] = [];
  while (!until()) {
    const started = performance.now();
    await fetch(`${server.baseUrl}/`).then((r) => r.arrayBuffer());
    times.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 100));
  }
  return times;
}

async function overHttp(server: BenchServer, photo: Buffer, images: number): Promise<Record<string, number>> {
  const cookie = await signInCookie(server, "editor");
  const upload = async (i: number) => {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(photo)], { type: "image/jpeg" }), `camera-${i}.jpg`);
    const r = await fetch(`${server.baseUrl}/api/media`, {
      method: "POST",
      headers: { Cookie: cookie, Origin: server.baseUrl },
      body: form,
    });
    if (r.status !== 201) throw new Error(`upload answered ${r.status}: ${await r.text()}`);
  };
  let idleDone = false;
  setTimeout(() => (idleDone = true), 3_000);
  const idle = await homeLatency(server, () => idleDone);
  await upload(-1); // warm up
  const baseRss = treeRss(server.pid);
  let peak = baseRss;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(server.pid))), 100);
  let done = false;
  const reader = homeLatency(server, () => done);
  const started = performance.now();
  try {
    // Two at a time, as the library's upload zone sends them.
    const queue = Array.from({ length: images }, (_, i) => i);
    await Promise.all(
      [0, 1].map(async () => {
        for (let i = queue.shift(); i !== undefined; i = queue.shift()) await upload(i);
      }),
    );
  } finally {
    done = true;
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  const busy = await reader;
  return {
    http_images: images,
    http_images_per_second: round(images / seconds, 2),
    http_server_rss_before_mb: Math.round(baseRss / 1024 / 1024),
    http_server_peak_rss_mb: Math.round(peak / 1024 / 1024),
    home_p50_ms_idle: round(percentile(idle, 50), 1),
    home_p95_ms_idle: round(percentile(idle, 95), 1),
    home_p50_ms_during_uploads: round(percentile(busy, 50), 1),
    home_p95_ms_during_uploads: round(percentile(busy, 95), 1),
  };
}

export async function benchMedia(
  server: BenchServer | null,
  opts: { images: number },
): Promise<Record<string, number>> {
  const photo = await cameraPhoto();
  const base = {
    megapixels: 12,
    input_mb: round(photo.length / 1024 / 1024, 1),
    ...(await inProcess(photo, opts.images)),
  };
  return server ? { ...base, ...(await overHttp(server, photo, opts.images)) } : base;
}
