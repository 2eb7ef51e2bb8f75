import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { expect, test } from "@playwright/test";
import { addAccount, expectAccessible, PASSWORD, signUp, uniqueEmail } from "./helpers";

test("download the export, import a Milepost CSV, then delete the account and all its data", async ({ page }) => {
  const email = uniqueEmail("data");
  expect((await page.request.get("/api/export")).status()).toBe(401);
  await signUp(page, email);
  await addAccount(page, "data.keeper", "UTC");

  await page.goto("/settings");
  await page.getByRole("link", { name: "Export, import and delete" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  await expectAccessible(page);

  // Import: a bad row is named by file and line, and nothing is written; the fixed file imports.
  const csv = (rows: string) => ({
    name: "account.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`day,followers,video_views\n${rows}`),
  });
  await page.getByLabel("CSV files").setInputFiles(csv("2026-01-01,100,5\n2026-01-02,oops,6\n2026-01-03,120,7\n"));
  await page.getByRole("button", { name: "Import CSV" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was written" })).toContainText(
    "account.csv, line 3: followers",
  );
  await page.getByLabel("CSV files").setInputFiles(csv("2026-01-01,100,5\n2026-01-02,110,6\n2026-01-03,120,7\n"));
  await page.getByRole("button", { name: "Import CSV" }).click();
  await expect(page.getByText("Imported 3 account readings and 0 video readings")).toBeVisible();

  // Export: the ZIP downloads with the readings just imported.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download all my data (ZIP)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^milepost-export-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  expect(JSON.parse(strFromU8(files["milepost.json"]!)).creator.email).toBe(email);
  expect(strFromU8(files["tiktok-data.keeper/account-readings.csv"]!)).toContain("2026-01-02,110,6,,,,");
  const [json] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "JSON only" }).click(),
  ]);
  expect(json.suggestedFilename()).toMatch(/\.json$/);
  const document = JSON.parse(await readFile((await json.path())!, "utf8"));
  expect(document.accounts[0].readings).toHaveLength(3);
  expect(JSON.stringify(document)).not.toContain("passwordHash");

  // Delete: the wrong e-mail deletes nothing; the right one signs out for good.
  await page.getByLabel(`Type ${email} to confirm`).fill("someone@example.com");
  await page.getByRole("button", { name: "Delete my account and all its data" }).click();
  await expect(page.getByText(`Type ${email} exactly to confirm.`)).toBeVisible();
  await page.getByLabel(`Type ${email} to confirm`).fill(email.toUpperCase());
  await page.getByRole("button", { name: "Delete my account and all its data" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin/);
  expect((await page.request.get("/api/export")).status()).toBe(401);

  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That e-mail and password do not match.")).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
});
