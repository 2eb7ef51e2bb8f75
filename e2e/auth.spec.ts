import { expect, test } from "@playwright/test";
import { expectAccessible, PASSWORD, signIn, signOut, signUp, uniqueEmail } from "./helpers";

test("sign up, sign out and sign back in", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText(email);
  await signOut(page);
  // Signed out, a private page sends you to sign-in and back afterwards.
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings/);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings$/);
});

test("sign-up errors show next to the fields", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await signOut(page);

  await page.goto("/signup");
  await page.getByLabel("E-mail").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#field-email-error")).toHaveText("Enter a valid e-mail address, like you@example.com.");
  await expect(page.locator("#field-password-error")).toHaveText("Use at least 8 characters.");
  await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#field-email-error")).toHaveText("An account with this e-mail already exists. Sign in instead.");
});

test("repeated wrong passwords are throttled with a clear message", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await signOut(page);
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill(email);
  for (let attempt = 1; attempt <= 4; attempt++) {
    await page.getByLabel("Password").fill(`wrong password ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("That e-mail and password do not match. Check them and try again.");
  }
  await page.getByLabel("Password").fill("wrong password 5");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Too many failed sign-ins. Try again in 15 minutes.");
  // Even the right password is refused while the lock lasts.
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-ins. Try again in");
  await expect(page).toHaveURL(/\/signin/);
});

test("public pages pass the accessibility scan", async ({ page }) => {
  for (const path of ["/", "/signin", "/signup"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
});

test("the health check answers", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});

test.describe("signed out", () => {
  test("private pages redirect to sign-in", async ({ page }) => {
    await page.goto("/accounts");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccounts$/);
  });
});

test("signing in with a fresh session works after signing up elsewhere", async ({ browser }) => {
  const email = uniqueEmail();
  const first = await browser.newPage();
  await signUp(first, email);
  await first.close();
  const second = await browser.newPage();
  await signIn(second, email);
  await second.close();
});
