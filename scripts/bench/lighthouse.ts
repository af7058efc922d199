// `npm run bench -- lighthouse`: Lighthouse's mobile performance audit (its default: a mid-range
// phone on a slow 4G connection, simulated) of the article, home and section pages of the
// production server, three runs each, in Debian's Chromium. Reports the median performance score,
// CLS, and the bytes each page transfers by type — what a reader's phone downloads.
import fs from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { BenchServer } from "./server";

// A seeded story with a featured photo (scripts/seed/content.ts), so the article is a full one.
const PAGES = [
  ["article", "/city/metro-rail-services-halted-on-uttara-motijheel-line-after-power-fault"],
  ["home", "/"],
  ["section", "/city"],
] as const;
const RUNS = 3;

type Item = { url: string; resourceType?: string; transferSize?: number; resourceSize?: number };
type Row = Record<string, string | number>;

const TYPES: Record<string, string> = { Document: "html", Stylesheet: "css", Script: "js", Font: "fonts" };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchLighthouse(server: Pick<BenchServer, "baseUrl">): Promise<Row[]> {
  const chromePath = [process.env.CHROMIUM_PATH, process.env.E2E_BROWSER, "/usr/bin/chromium"].find(
    (p) => p && fs.existsSync(p),
  );
  if (!chromePath) throw new Error("no Chromium for Lighthouse: install Debian's (apt-get install chromium)");
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const rows: Row[] = [];
  try {
    for (const [name, path] of PAGES) {
      const url = server.baseUrl.replace("localhost", "127.0.0.1") + path;
      // One visit first so every page is in the server's page cache, as a reader would find it.
      await fetch(url);
      const scores: number[] = [];
      const shifts: number[] = [];
      const tbt: number[] = [];
      const lcp: number[] = [];
      let bytes: Record<string, number> = {};
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance"],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
        scores.push(Math.round((lhr.categories.performance?.score ?? 0) * 100));
        shifts.push(lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN);
        tbt.push(lhr.audits["total-blocking-time"]?.numericValue ?? NaN);
        lcp.push(lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN);
        const items = ((lhr.audits["network-requests"]?.details as { items?: Item[] } | undefined)?.items ??
          []) as Item[];
        // Bytes on the wire as Chromium counted them (gzip bodies plus headers), by type.
        bytes = { html: 0, css: 0, js: 0, fonts: 0, images: 0, other: 0 };
        for (const item of items) {
          const type = TYPES[item.resourceType ?? ""] ?? (item.resourceType === "Image" ? "images" : "other");
          bytes[type]! += item.transferSize ?? 0;
        }
      }
      const withoutImages = bytes.html! + bytes.css! + bytes.js! + bytes.fonts! + bytes.other!;
      rows.push({
        page: name,
        "performance (median of 3)": median(scores),
        "all runs": scores.join(" / "),
        CLS: median(shifts),
        "TBT ms": Math.round(median(tbt)),
        "LCP ms": Math.round(median(lcp)),
        "html B": bytes.html!,
        "css B": bytes.css!,
        "js B": bytes.js!,
        "fonts B": bytes.fonts!,
        "other B": bytes.other!,
        "total without images B": withoutImages,
        "images B": bytes.images!,
      });
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}
