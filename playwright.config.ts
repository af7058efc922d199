import { defineConfig, devices } from "@playwright/test";

// scripts/e2e.ts sets these; running `playwright test` directly falls back to sane values.
const port = Number(process.env.E2E_PORT ?? 3210);
const dataDir = process.env.E2E_DATA_DIR ?? "./data/e2e";
const baseURL = `http://localhost:${port}`;

/**
 * The specs that run alone, after the rest (the global-state project): they change what every
 * reader or desk sees, or start more app servers on the shared database.
 */
const GLOBAL_STATE = [
  // Site settings: the time zone and the locale change every page.
  /settings\.spec\.ts$/,
  /bangla-ui\.spec\.ts$/,
  // The home arrangement, and the front page's lead (the newest story unless arranged).
  /home\.spec\.ts$/,
  /design-front\.spec\.ts$/,
  // A new section shows in every masthead, the home page and the sitemap.
  /section-paging\.spec\.ts$/,
  // Needs the shared list pages to stay cached for seconds; any publish anywhere expires them.
  /page-cache\.spec\.ts$/,
  // Two more app servers on the run's database, each with its own page cache and its own
  // scheduler, which could publish another spec's scheduled story without expiring this
  // server's cache.
  /cluster\.spec\.ts$/,
];

export default defineConfig({
  testDir: "./e2e",
  // Every spec makes its own stories and users (e2e/helpers/factory.ts) and signs in from saved
  // state (e2e/sign-in.setup.ts), so specs and their tests run side by side; the few that change
  // what every page shows run alone, after the rest (the "global-state" project below).
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  // Two workers share the machine's two cores with the app server and the browser, so a test's
  // wall time is up to twice what it was with one worker.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    // Off: recording a trace of every test (to keep the failed ones) cost 9% of the suite's time
    // (231 s against 254 s for the desk specs). To debug a failure, rerun it with
    // `npm run test:e2e -- desk.spec.ts --trace retain-on-failure`.
    trace: "off",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.E2E_BROWSER,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    },
  },
  projects: [
    // One UI sign-in per demo role, saved for every spec (e2e/helpers/roles.ts). Its teardown,
    // the global-state project, starts once every project depending on it has finished.
    { name: "sign-in", testMatch: /sign-in\.setup\.ts$/, teardown: "global-state" },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["sign-in"],
      testIgnore: GLOBAL_STATE,
    },
    // GLOBAL_STATE above: one worker, after the rest, so no parallel spec reads a page while
    // one of these holds it changed.
    { name: "global-state", use: { ...devices["Desktop Chrome"] }, testMatch: GLOBAL_STATE, workers: 1 },
  ],
  webServer: {
    // The same start script as `npm start`: build if needed, PostgreSQL, migrate, seed, serve.
    command: "node --import tsx scripts/start.ts",
    url: `${baseURL}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      DATELINE_DATA_DIR: dataDir,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
      DATELINE_SEED: "demo",
    },
  },
});
