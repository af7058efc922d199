// Editor benchmarks: server time to save a 5,000-word story over HTTP, and keystroke-to-paint
// in the browser on a 10,000-word body.
import { chromium } from "@playwright/test";
import { percentile, signInCookie, type BenchServer } from "./server";

const WORDS = "river launch monsoon ferry market budget station council harvest rain bridge school".split(" ");

function paragraphs(words: number): unknown {
  const content = [];
  for (let i = 0; i < words; i += 100) {
    const text =
      Array.from({ length: Math.min(100, words - i) }, (_, j) => WORDS[(i + j) % WORDS.length]).join(" ") + ".";
    content.push({ type: "paragraph", content: [{ type: "text", text }] });
  }
  return { type: "doc", content };
}

async function createStory(server: BenchServer, cookie: string): Promise<string> {
  const r = await fetch(`${server.baseUrl}/api/stories`, {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: cookie, Origin: server.baseUrl },
  });
  return r.headers.get("location")!.split("/").pop()!;
}

async function save(
  server: BenchServer,
  cookie: string,
  id: string,
  version: number,
  body: unknown,
): Promise<{ version: number; ms: number }> {
  const fields = {
    headline: "Benchmark story",
    standfirst: "",
    body,
    sectionId: null,
    topicIds: [],
    authorIds: [],
    slug: `bench-${id.slice(0, 8)}`,
    seoTitle: "",
    seoDescription: "",
    breaking: false,
  };
  const started = performance.now();
  const r = await fetch(`${server.baseUrl}/api/stories/${id}`, {
    method: "PUT",
    headers: { Cookie: cookie, Origin: server.baseUrl, "Content-Type": "application/json" },
    body: JSON.stringify({ version, kind: "autosave", fields }),
  });
  const ms = performance.now() - started;
  if (!r.ok) throw new Error(`save failed: ${r.status} ${await r.text()}`);
  return { version: ((await r.json()) as { version: number }).version, ms };
}

export async function benchEditor(
  server: BenchServer,
  opts: { saves: number; keystrokes: number },
): Promise<Record<string, number>> {
  const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);
  const cookie = await signInCookie(server, "editor");
  log("signed in; saving 5,000-word stories");
  const id = await createStory(server, cookie);
  let version = 1;
  const times: number[] = [];
  for (let i = 0; i < opts.saves + 5; i++) {
    const body = paragraphs(5_000);
    (body as { content: { content: { text: string }[] }[] }).content[0]!.content[0]!.text += ` edit ${i}`;
    const r = await save(server, cookie, id, version, body);
    version = r.version;
    if (i >= 5) times.push(r.ms); // the first few warm the server up
  }

  log("measuring keystroke-to-paint on a 10,000-word body");
  const big = await createStory(server, cookie);
  await save(server, cookie, big, 1, paragraphs(10_000));
  const paint = await keystrokeToPaint(server, cookie, big, opts.keystrokes);
  return {
    save_5000_words_p50_ms: round(percentile(times, 50)),
    save_5000_words_p95_ms: round(percentile(times, 95)),
    keystroke_to_next_frame_10000_words_p50_ms: round(percentile(paint.frame, 50)),
    keystroke_to_next_frame_10000_words_p95_ms: round(percentile(paint.frame, 95)),
    keystroke_to_painted_10000_words_p50_ms: round(percentile(paint.paint, 50)),
    keystroke_to_painted_10000_words_p95_ms: round(percentile(paint.paint, 95)),
  };
}

async function keystrokeToPaint(
  server: BenchServer,
  cookie: string,
  id: string,
  keystrokes: number,
): Promise<{ frame: number[]; paint: number[] }> {
  const browser = await chromium.launch({
    executablePath: process.env.E2E_BROWSER,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const context = await browser.newContext();
    const url = new URL(server.baseUrl);
    await context.addCookies(
      cookie
        .split("; ")
        .map((c) => ({ name: c.split("=")[0]!, value: c.slice(c.indexOf("=") + 1), domain: url.hostname, path: "/" })),
    );
    const page = await context.newPage();
    page.on("crash", () => process.stderr.write("[bench] the page crashed\n"));
    page.on("pageerror", (e) => process.stderr.write(`[bench] page error: ${e.message}\n`));
    page.on("close", () => process.stderr.write("[bench] page closed\n"));
    await page.goto(`${server.baseUrl}/dashboard/stories/${id}`);
    const body = page.getByRole("textbox", { name: "Body" });
    await body.waitFor();
    await body.click();
    await page.keyboard.press("Control+End");
    // From the keydown event to (a) the start of the frame that paints the change and
    // (b) just after that frame is painted. (b) includes waiting for the display's next frame.
    await page.evaluate(() => {
      const w = window as unknown as { __frame: number[]; __paint: number[] };
      w.__frame = [];
      w.__paint = [];
      document.addEventListener(
        "keydown",
        (e) => {
          const started = e.timeStamp;
          requestAnimationFrame((t) => {
            w.__frame.push(t - started);
            setTimeout(() => w.__paint.push(performance.now() - started), 0);
          });
        },
        true,
      );
    });
    for (let i = 0; i < keystrokes; i++) {
      await page.keyboard.type(WORDS[i % WORDS.length]![0]!);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(200);
    return await page.evaluate(() => {
      const w = window as unknown as { __frame: number[]; __paint: number[] };
      return { frame: w.__frame, paint: w.__paint };
    });
  } finally {
    await browser.close();
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
