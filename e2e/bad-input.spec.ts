// Bad input through the running app (issue #11): inline form errors for ambiguous money, income in the future and a
// goal's past target date; 4xx JSON from the API and the import poller for NUL ids, an out-of-range day and bodies
// past the size limit — including one streamed without a Content-Length.
import http from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { addDays, dayIn } from "../lib/time/days";
import { addAccount, signUp, uniqueEmail } from "./helpers";

const ZONE = "Europe/Berlin";

async function createToken(page: Page): Promise<string> {
  await page.goto("/settings/api");
  await page.getByLabel("Token name").fill("bad input");
  await page.getByRole("button", { name: "Create token" }).click();
  return page.getByTestId("api-token").inputValue();
}

/** POSTs `chunks` × 64 KiB with Transfer-Encoding: chunked (no Content-Length) and resolves with the answer's status and body. */
function streamedPost(
  baseURL: string,
  path: string,
  token: string,
  chunks: number,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      new URL(path, baseURL),
      {
        method: "POST",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
          "transfer-encoding": "chunked",
        },
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on("error", reject);
    request.write('{"handle":"streamed","timeZone":"UTC","padding":"');
    const chunk = "x".repeat(64 * 1024);
    let sent = 0;
    const more = () => {
      while (sent < chunks) {
        sent += 1;
        if (!request.write(chunk)) return void request.once("drain", more);
      }
      request.end('"}');
    };
    more();
  });
}

test("money, income days and goal dates: inline errors, nothing saved, and a decimal comma read as meant", async ({
  page,
}) => {
  await signUp(page, uniqueEmail("bad-forms"));
  const accountPath = await addAccount(page, "bad.forms", ZONE);
  const today = dayIn(ZONE, new Date());

  await page.goto(`${accountPath}/earnings`);
  const income = page.getByRole("list", { name: "Logged income" });
  await page.getByLabel("Amount").fill("1,500");
  await page.getByRole("button", { name: "Log income" }).click();
  await expect(page.locator("#field-amount-error")).toHaveText("1,500 could mean 1500.00 or 1.50: write 1500 or 1.50.");

  await page.getByLabel("Day", { exact: true }).fill(addDays(today, 2));
  await page.getByLabel("Amount").fill("1,5");
  await page.getByRole("button", { name: "Log income" }).click();
  await expect(page.locator("#field-day-error")).toContainText("has not come yet in Europe/Berlin");
  await expect(page.locator("#field-amount-error")).toHaveCount(0);
  await expect(income).toHaveCount(0);

  await page.getByLabel("Day", { exact: true }).fill(today);
  await page.getByRole("button", { name: "Log income" }).click();
  await expect(income).toContainText("$1.50");

  await page.goto(`${accountPath}/goals`);
  await page.getByLabel("Target", { exact: true }).fill("5,000");
  await page.getByLabel("Target date").fill(addDays(today, -1));
  await page.getByRole("button", { name: "Save goal" }).click();
  await expect(page.locator("#field-targetDay-error")).toContainText("has already passed in Europe/Berlin");
  await expect(page.getByText("No goals yet.")).toBeVisible();
});

test("the API and the import poller: NUL ids are 404, 0000-01-01 is 422, bodies past 4 MiB are 413", async ({
  page,
  baseURL,
}) => {
  await signUp(page, uniqueEmail("bad-api"));
  const accountPath = await addAccount(page, "bad.api", ZONE);
  const accountId = accountPath.split("/").pop()!;
  const token = await createToken(page);
  const headers = { authorization: `Bearer ${token}` };

  for (const path of ["/api/v1/accounts/%00", "/api/v1/accounts/%00/snapshots", `/api/v1/accounts/${accountId}%00`]) {
    const answer = await page.request.get(path, { headers });
    expect(answer.status(), path).toBe(404);
    expect(await answer.json()).toEqual({ error: { code: "NOT_FOUND", message: "Account not found" } });
  }
  const poller = await page.request.get("/api/imports/%00");
  expect(poller.status()).toBe(404);
  expect(await poller.json()).toEqual({ error: { code: "NOT_FOUND", message: "Import not found" } });

  const range = await page.request.get(`/api/v1/accounts/${accountId}/snapshots?from=0000-01-01`, { headers });
  expect(range.status()).toBe(422);
  expect(Object.keys((await range.json()).error.fields)).toEqual(["from"]);

  const huge = await page.request.post("/api/v1/accounts", {
    headers: { ...headers, "content-type": "application/json" },
    data: `{"handle":"huge","timeZone":"UTC","padding":"${"x".repeat(10 * 1024 * 1024)}"}`,
  });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.code).toBe("TOO_LARGE");

  const streamed = await streamedPost(baseURL!, "/api/v1/accounts", token, 96); // 6 MiB, no Content-Length
  expect(streamed.status).toBe(413);
  expect(JSON.parse(streamed.body)).toEqual({
    error: { code: "TOO_LARGE", message: expect.stringContaining("4,194,304 bytes") },
  });

  // Pages too: an id no record can have is the 404 page, not an error.
  for (const path of [
    "/accounts/%00",
    `/accounts/${accountId}/goals/%00/edit`,
    `/accounts/${accountId}/videos/${"v".repeat(65)}`,
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }

  const list = await page.request.get("/api/v1/accounts", { headers });
  expect(((await list.json()) as { accounts: { handle: string }[] }).accounts.map((a) => a.handle)).toEqual([
    "bad.api",
  ]);
});
