// Personal access tokens as a creator uses them: made in Settings → API and shown once, used against /api/v1,
// revoked (then 401). Accessible.
import { expect, test } from "@playwright/test";
import { addAccount, expectAccessible, signUp, uniqueEmail } from "./helpers";

test("a token is shown once, reads the creator's accounts through the API, and stops working when revoked", async ({
  page,
}) => {
  await signUp(page, uniqueEmail("api-tokens"));
  await addAccount(page, "api.e2e");
  await page.goto("/settings");
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  await expect(page.getByText("No tokens yet.")).toBeVisible();

  await page.getByLabel("Token name").fill("my script");
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByTestId("api-token");
  await expect(shown).toHaveValue(/^mp_[A-Za-z0-9_-]{43}$/);
  const token = await shown.inputValue();
  await expect(page.getByRole("button", { name: "Copy" })).toBeVisible();
  await expect(page.getByTestId("api-token-row")).toHaveCount(1);
  await expect(page.getByTestId("api-token-row")).toContainText("my script");
  await expect(page.getByTestId("api-token-row")).toContainText(`${token.slice(0, 9)}…`);
  await expectAccessible(page);

  // Once: after a reload only its first characters remain.
  await page.reload();
  await expect(page.getByTestId("api-token")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(token);

  const withToken = { headers: { authorization: `Bearer ${token}` } };
  const response = await page.request.get("/api/v1/accounts", withToken);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { accounts: { handle: string }[] };
  expect(body.accounts.map((a) => a.handle)).toEqual(["api.e2e"]);
  // Without a token: 401 JSON, not the sign-in page (the page's cookies are not sent with a fresh context).
  const anonymous = await page.request.fetch("/api/v1/accounts", { headers: { cookie: "" } });
  expect(anonymous.status()).toBe(401);

  await page.reload();
  await expect(page.getByTestId("api-token-row")).not.toContainText("Never");
  await page.getByRole("button", { name: "Revoke my script" }).click();
  await expect(page.getByTestId("api-token-row")).toContainText("Revoked");
  const revoked = await page.request.get("/api/v1/accounts", withToken);
  expect(revoked.status()).toBe(401);
  expect(await revoked.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "This token was revoked." } });
});
