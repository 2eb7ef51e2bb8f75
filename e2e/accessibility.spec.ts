import { expect, test } from "@playwright/test";
import { addDays, dayIn } from "../lib/days";
import { addAccount, addVideo, expectAccessible, signUp, uniqueEmail } from "./helpers";

// Every page a signed-in creator can reach, with data in it, scanned with axe, on a desktop and a phone.
for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
]) {
  test(`every signed-in page passes the accessibility scan (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const today = dayIn("UTC", new Date());
    await signUp(page, uniqueEmail("a11y"));
    await expectAccessible(page); // the empty dashboard
    const accountPath = await addAccount(page, `a11y.${viewport.name}`, "UTC");
    const videoPath = await addVideo(page, accountPath, { url: `https://www.tiktok.com/@a11y/video/73000000000000003${viewport.width}`, title: "Scanned video", postedOn: addDays(today, -3) });
    await page.getByLabel("Views", { exact: true }).fill("1500");
    await page.getByRole("button", { name: "Save reading" }).click();
    await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(1);
    const videoSnapshotEdit = (await page.getByRole("table").getByRole("link", { name: "Edit" }).getAttribute("href"))!;
    await page.goto(`${accountPath}/record`);
    await page.getByLabel("Followers").fill("1200");
    await page.getByRole("button", { name: "Record" }).click();
    await expect(page.getByText("Recorded")).toBeVisible();
    await expectAccessible(page); // with the success message shown
    await page.goto(accountPath);
    const accountSnapshotEdit = (await page.getByRole("table").filter({ hasText: "Followers" }).getByRole("link", { name: "Edit" }).getAttribute("href"))!;
    await page.goto(`${accountPath}/goals`);
    await page.getByLabel("Target", { exact: true }).fill("5000");
    await page.getByLabel("Target date").fill(addDays(today, 30));
    await page.getByRole("button", { name: "Save goal" }).click();
    await expect(page.getByText("Saved the goal.")).toBeVisible();
    const goalEdit = (await page.getByRole("list", { name: "Goals" }).getByRole("link", { name: "Edit" }).getAttribute("href"))!;

    const pages = [
      "/dashboard",
      "/dashboard?range=all",
      "/accounts",
      "/accounts/new",
      "/settings",
      accountPath,
      `${accountPath}/edit`,
      `${accountPath}/record`,
      `${accountPath}/videos/new`,
      accountSnapshotEdit,
      videoPath,
      `${videoPath}/edit`,
      videoSnapshotEdit,
      `${accountPath}/timeline`,
      `${accountPath}/timeline?kind=eligibility`,
      `${accountPath}/goals`,
      goalEdit,
      "/accounts/does-not-exist",
    ];
    for (const path of pages) {
      await page.goto(path);
      await expectAccessible(page);
      // Nothing wider than the screen: tables scroll inside their own box.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }

    // A form showing its errors is scanned too.
    await page.goto(`${accountPath}/record`);
    await page.getByLabel("Followers").fill("-1");
    await page.getByRole("button", { name: "Record" }).click();
    await expect(page.locator("#field-followers-error")).toBeVisible();
    await expectAccessible(page);

    // The goal form with its errors, and with the video picker showing.
    await page.goto(`${accountPath}/goals`);
    await page.getByLabel("Metric").selectOption("video.views");
    await page.getByLabel("Target", { exact: true }).fill("5000");
    await page.getByRole("button", { name: "Save goal" }).click();
    await expect(page.locator("#field-videoId-error")).toBeVisible();
    await expectAccessible(page);
  });
}
