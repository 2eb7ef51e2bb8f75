// Notification settings as a creator uses them: the preferences matrix kept across a reload, the webhook URL
// checks (this server runs without MILEPOST_ALLOW_PRIVATE_WEBHOOKS), the empty delivery log and outbox, and the
// public unsubscribe address refusing a bad link. Accessible, and no sideways scrolling on a phone.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signUp, uniqueEmail } from "./helpers";

const SETTINGS = "/settings/notifications";

async function expectNoOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

async function saveWebhook(page: Page, url: string): Promise<void> {
  await page.getByLabel("Webhook URL").fill(url);
  await page.getByRole("button", { name: /^(Add|Save) webhook$/ }).click();
}

test("preferences are kept, a private or non-http webhook URL is refused, and the log and outbox start empty", async ({
  page,
}) => {
  await signUp(page, uniqueEmail("notify-settings"));
  await page.goto("/settings");
  await page.getByRole("link", { name: "Notification settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();

  // Everything starts on; one switch off is still off after a reload, and only that one.
  const followersByEmail = page.getByRole("checkbox", { name: "E-mail: Follower milestones" });
  await expect(followersByEmail).toBeChecked();
  await followersByEmail.uncheck();
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Preferences saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "E-mail: Follower milestones" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "E-mail: View milestones" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "In the app: Follower milestones" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Webhook: Follower milestones" })).toBeChecked();
  await expectAccessible(page);

  // Loopback and non-http URLs: an inline message on the field, the typed URL kept, nothing saved.
  await saveWebhook(page, "http://127.0.0.1:9/hook");
  await expect(
    page.getByText("127.0.0.1 is a private or local address; webhooks go to public servers only."),
  ).toBeVisible();
  await expect(page.getByLabel("Webhook URL")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Webhook URL")).toHaveValue("http://127.0.0.1:9/hook");
  await expectAccessible(page);
  await saveWebhook(page, "ftp://x");
  await expect(page.getByText("Only http:// and https:// URLs can receive webhooks.")).toBeVisible();
  await expect(page.getByTestId("webhook-status")).toHaveText(/No webhook yet/);

  // A public name: saved where DNS answers (the secret is shown once), else refused as not found. No request is made.
  await page.getByLabel("Slack or Discord").check();
  await saveWebhook(page, "https://example.com/hook");
  const secret = page.getByTestId("webhook-secret");
  await expect(page.getByText("example.com could not be found.").or(secret)).toBeVisible();
  if (await secret.isVisible()) {
    await expect(secret).toHaveValue(/^whsec_/);
    await expect(page.getByTestId("webhook-status")).toContainText("https://example.com/hook");
    await page.getByRole("button", { name: "Send test" }).click();
    await expect(page.getByText(/Test queued/)).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("webhook-secret")).toHaveCount(0);
    await expect(page.getByTestId("webhook-status")).toContainText("A signing secret is set");
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("button", { name: "Confirm delete" }).click();
    await expect(page.getByTestId("webhook-status")).toHaveText(/No webhook yet/);
  } else {
    await expect(page.getByTestId("webhook-status")).toHaveText(/No webhook yet/);
  }

  await page.goto(`${SETTINGS}/deliveries`);
  await expect(page.getByRole("heading", { level: 1, name: "Delivery log" })).toBeVisible();
  await expect(page.getByText(/^No deliveries yet|Test from Milepost/).first()).toBeVisible();
  await expectAccessible(page);

  await page.goto(`${SETTINGS}/outbox`);
  await expect(page.getByRole("heading", { level: 1, name: "E-mail outbox" })).toBeVisible();
  await expect(page.getByText(/^No e-mails yet/)).toBeVisible();
  await expect(page.getByText(/SMTP_URL is not set/)).toBeVisible();
  await expectAccessible(page);

  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [SETTINGS, `${SETTINGS}/deliveries`, `${SETTINGS}/outbox`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoOverflow(page);
  }
});

test("the unsubscribe address is public and refuses an altered link without changing anything", async ({ request }) => {
  const link = "/unsubscribe?c=someone&k=followers&t=not-a-signature";
  const shown = await request.get(link, { maxRedirects: 0 });
  expect(shown.status()).toBe(400);
  expect(await shown.text()).toContain("This unsubscribe link is not valid");
  const oneClick = await request.post(link, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
  expect(oneClick.status()).toBe(400);
  expect(await oneClick.text()).toContain("Nothing was changed");
});
