import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { e2eDistDir, harness } from "./lib/config/harness";
import {
  E2E_TIKTOK_CLIENT_KEY,
  E2E_TIKTOK_CLIENT_SECRET,
  fakeTikTokPort as fakePortOf,
} from "./tests/support/fake-tiktok-e2e";

const port = harness("E2E_PORT");
// The fake TikTok (tests/support/fake-tiktok-server.ts) the app connects to; e2e/connect-tiktok.spec.ts steers it.
const fakeTikTokPort = fakePortOf(port);
const fakeTikTokUrl = `http://127.0.0.1:${fakeTikTokPort}`;
const jsonReport = harness("E2E_JSON_REPORT");
// Debian's Chromium when present (Playwright cannot download its own browser here); else Playwright's.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: jsonReport ? [["list"], ["json", { outputFile: jsonReport }]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: systemChromium,
          args: [
            "--no-sandbox",
            "--headless",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-gpu",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `npx tsx tests/support/fake-tiktok-server.ts ${fakeTikTokPort}`,
      url: `${fakeTikTokUrl}/__fake/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: { FAKE_TIKTOK_CLIENT_KEY: E2E_TIKTOK_CLIENT_KEY, FAKE_TIKTOK_CLIENT_SECRET: E2E_TIKTOK_CLIENT_SECRET },
    },
    // The app started the way `npm start` starts it, on the embedded PostgreSQL, in a throwaway data folder.
    {
      command: "npx tsx scripts/run.ts start --build --ephemeral",
      url: `http://localhost:${port}/api/health`,
      // A production build takes minutes on a busy 2-core machine.
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      env: {
        PORT: String(port),
        DATABASE_URL: "",
        NEXTAUTH_SECRET: "",
        // Unset, as for `npm start`: the key is generated into the throwaway data folder.
        MILEPOST_SECRET_KEY: "",
        MILEPOST_PREVIOUS_SECRET_KEYS: "",
        NEXT_DIST_DIR: e2eDistDir(),
        NEXT_TELEMETRY_DISABLED: "1",
        TIKTOK_CLIENT_KEY: E2E_TIKTOK_CLIENT_KEY,
        TIKTOK_CLIENT_SECRET: E2E_TIKTOK_CLIENT_SECRET,
        MILEPOST_TIKTOK_AUTH_URL: fakeTikTokUrl,
        MILEPOST_TIKTOK_API_URL: fakeTikTokUrl,
      },
    },
  ],
});
