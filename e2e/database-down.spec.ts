// While its PostgreSQL is down the app says so — the API with 503 UNAVAILABLE and Retry-After, a form inline, a page
// with the "temporarily unavailable" notice and nothing of the error — and when PostgreSQL is back the same app
// works again without a restart, the open page by itself. The database is an embedded PostgreSQL this test owns,
// given to a second app (scripts/run.ts on this run's build) as DATABASE_URL.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDb } from "../scripts/lib/embedded-db";
import { startApp, type AppProcess } from "./app-process";
import { PASSWORD, uniqueEmail } from "./helpers";

test("a database outage: 503 with Retry-After, an inline form message, a friendly page, then recovery without a restart", async ({
  browser,
}) => {
  test.setTimeout(480_000);
  const tmp = await mkdtemp(path.join(os.tmpdir(), "milepost-e2e-outage-"));
  let db: EmbeddedDb | undefined;
  let app: AppProcess | undefined;
  try {
    db = await startEmbeddedPostgres(path.join(tmp, "pg"));
    const url = await ensureDatabase(db.serverUrl, "milepost");
    app = await startApp({
      DATABASE_URL: url,
      NEXTAUTH_SECRET: "outage-test-secret-outage-test-secret",
      MILEPOST_WORKER: "off",
    });
    const context = await browser.newContext({ baseURL: app.baseURL });
    const page = await context.newPage();
    // Signing up by hand: this app has just started and its first pages take a while on a busy machine.
    await page.goto("/signup");
    await page.getByLabel("E-mail").fill(uniqueEmail("outage"));
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByLabel("I am 18 or older").check();
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/dashboard$/, { timeout: 60_000 });
    await page.goto("/accounts/new");
    await page.getByLabel("Handle").fill("outage.test");

    await db.stop();

    await test.step("the API answers 503 UNAVAILABLE with Retry-After", async () => {
      for (const route of ["/api/notifications/unread", "/api/health"]) {
        const response = await context.request.get(route);
        expect(response.status(), route).toBe(503);
        expect(response.headers()["retry-after"], route).toBe("5");
        expect(await response.json(), route).toMatchObject({
          error: {
            code: "UNAVAILABLE",
            message: "Milepost can't reach its database right now. Try again in a few seconds.",
          },
        });
      }
    });

    await test.step("a form says so inline and keeps what was typed", async () => {
      await page.getByRole("button", { name: "Save account" }).click();
      await expect(
        page
          .getByRole("alert")
          .filter({ hasText: "Milepost can't reach its database right now, so nothing was saved." }),
      ).toBeVisible({ timeout: 30_000 });
      await expect(page.getByLabel("Handle")).toHaveValue("outage.test");
    });

    await test.step("a page shows the temporarily-unavailable notice, without the error's details", async () => {
      const response = await page.goto("/accounts");
      // Next.js lets a page answer 404, 403, 401 or a redirect, not 503: a page that failed answers 500.
      expect(response!.status()).toBe(500);
      await expect(page.getByRole("heading", { name: "Milepost is temporarily unavailable" })).toBeVisible({
        timeout: 30_000,
      });
      await expect(
        page.getByText("this page comes back by itself as soon as the database answers again"),
      ).toBeVisible();
      expect(await page.content()).not.toMatch(/prisma|ECONNREFUSED|127\.0\.0\.1|DriverAdapterError/i);
    });

    await test.step("PostgreSQL back: the open page recovers by itself, the API and forms work again", async () => {
      db = await startEmbeddedPostgres(path.join(tmp, "pg")); // the same data folder, on its kept port
      await expect(page.getByRole("heading", { level: 1, name: "Your accounts" })).toBeVisible({ timeout: 60_000 });
      expect((await context.request.get("/api/notifications/unread")).status()).toBe(200);
      await page.goto("/accounts/new");
      await page.getByLabel("Handle").fill("outage.test");
      await page.getByRole("button", { name: "Save account" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "@outage.test" })).toBeVisible({ timeout: 30_000 });
    });
    await context.close();
  } finally {
    await app?.stop(30);
    await db?.stop();
    await rm(tmp, { recursive: true, force: true });
  }
});
