import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// The Nu HTML Checker (vnu-jar, run with the machine's Java) on the server's HTML.
const PAGES = [
  "/",
  "/city",
  "/city/overnight-downpour-leaves-mirpur-and-shantinagar-streets-under-water",
  "/search?q=rain",
  "/authors/nusrat-jahan-rimi",
  "/topics/monsoon",
  "/about/standards",
  "/login",
];

test("public pages and the sign-in page are valid HTML (Nu HTML Checker)", async ({ request }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-vnu-"));
  try {
    const files: string[] = [];
    for (const [i, url] of PAGES.entries()) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      const file = path.join(dir, `page-${i}.html`);
      fs.writeFileSync(file, await response.text());
      files.push(file);
    }
    let report: string;
    try {
      report = execFileSync(
        "java",
        ["-jar", "node_modules/vnu-jar/build/dist/vnu.jar", "--errors-only", "--format", "json", "--stdout", ...files],
        { encoding: "utf8" },
      );
    } catch (e) {
      const err = e as { code?: string; stdout?: string };
      if (err.code === "ENOENT")
        throw new Error(
          "Java is needed for the HTML checker: apt-get install -y default-jre-headless (.ci/run does this).",
        );
      report = err.stdout ?? "";
    }
    const messages = (
      JSON.parse(report) as { messages: { type: string; message: string; url: string; lastLine?: number }[] }
    ).messages;
    const errors = messages
      .filter((m) => m.type === "error")
      .map((m) => `${PAGES[Number(/page-(\d+)/.exec(m.url)?.[1])]}:${m.lastLine ?? "?"} ${m.message}`);
    expect(errors).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
