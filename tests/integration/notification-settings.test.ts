// Notification settings against a real PostgreSQL: the preferences matrix and its defaults, a preference that
// keeps an e-mail from being written, the webhook (address checks, the secret shown once, a test delivery queued
// in the same transaction) and signed unsubscribe links.
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { isSealed, openSecret } from "@/lib/secrets";
import { getNotificationSettings } from "@/lib/db/notification-settings";
import { CHANNELS, NOTICE_CATEGORIES, channelEnabled } from "@/lib/notifications/categories";
import { unsubscribePath } from "@/lib/notifications/unsubscribe";
import { createAccount } from "@/lib/services/manage-accounts";
import { readUnsubscribeLink } from "@/lib/queries/unsubscribe-link";
import {
  regenerateWebhookSecret,
  removeWebhook,
  saveWebhook,
  sendTestWebhook,
  unsubscribeEmail,
  updatePreferences,
} from "@/lib/services/manage-notification-settings";
import { recordDay } from "@/lib/services/record-snapshots";
import { accountSchema } from "@/lib/validation/accounts";
import { fieldErrorsOf } from "@/lib/http/errors";
import { preferencesSchema, webhookSchema } from "@/lib/validation/notifications";
import { recordDaySchema } from "@/lib/validation/snapshots";
import { appErrorOf, createCreator, parse } from "./fixtures";

const NOW = new Date("2026-11-24T10:00:00Z");
// A public unicast address literal, so saving needs no DNS (documentation ranges such as TEST-NET-3 are refused);
// nothing here contacts it.
const PUBLIC_URL = "https://93.184.215.14/milepost";

const savedEnv = { allow: process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS, secret: process.env.NEXTAUTH_SECRET };
beforeAll(() => {
  delete process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS;
  process.env.NEXTAUTH_SECRET ??= "notification-settings-test-secret";
});
afterEach(() => {
  if (savedEnv.allow === undefined) delete process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS;
  else process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS = savedEnv.allow;
});

/** The form's boxes: every one ticked except `off` ("email.followers"). */
function boxes(off: string[] = []): Record<string, Record<string, string>> {
  return Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      Object.fromEntries(
        NOTICE_CATEGORIES.filter((category) => !off.includes(`${channel}.${category}`)).map((category) => [
          category,
          "on",
        ]),
      ),
    ]),
  );
}

/** The stored signing secret, opened: what is stored is sealed (lib/secrets) and holds nothing of it. */
async function storedSecret(creatorId: string): Promise<string | undefined> {
  const stored = (await prisma.webhook.findUnique({ where: { creatorId }, select: { secret: true } }))?.secret;
  if (stored === undefined) return undefined;
  expect(isSealed(stored)).toBe(true);
  expect(stored).not.toContain("whsec_");
  return openSecret(stored);
}

describe("preferences", () => {
  test("everything is on by default; a saved matrix reads back exactly, and saving again replaces it", async () => {
    const creator = await createCreator("prefs");
    const defaults = (await getNotificationSettings(creator)).preferences;
    for (const channel of CHANNELS)
      for (const category of NOTICE_CATEGORIES) expect(channelEnabled(defaults, channel, category)).toBe(true);

    await updatePreferences(
      creator,
      parse(preferencesSchema, boxes(["email.followers", "webhook.views", "in_app.import"])),
    );
    const saved = (await getNotificationSettings(creator)).preferences;
    const off = CHANNELS.flatMap((channel) =>
      NOTICE_CATEGORIES.filter((category) => !channelEnabled(saved, channel, category)).map(
        (category) => `${channel}.${category}`,
      ),
    );
    expect(off.sort()).toEqual(["email.followers", "in_app.import", "webhook.views"]);
    expect(saved.size).toBe(CHANNELS.length * NOTICE_CATEGORIES.length);

    await updatePreferences(creator, parse(preferencesSchema, boxes(["email.goal"])));
    const again = (await getNotificationSettings(creator)).preferences;
    expect(channelEnabled(again, "email", "followers")).toBe(true);
    expect(channelEnabled(again, "email", "goal")).toBe(false);
  });

  test("a form with no box ticked turns everything off (unticked boxes are not submitted)", async () => {
    const creator = await createCreator("prefs-none");
    await updatePreferences(creator, parse(preferencesSchema, {}));
    const saved = (await getNotificationSettings(creator)).preferences;
    expect([...saved.values()].every((enabled) => !enabled)).toBe(true);
    expect(saved.size).toBe(CHANNELS.length * NOTICE_CATEGORIES.length);
  });

  test("crossing 1,000 followers today writes no e-mail delivery when e-mails about followers are off", async () => {
    const quiet = await createCreator("prefs-quiet");
    const loud = await createCreator("prefs-loud");
    await updatePreferences(quiet, parse(preferencesSchema, boxes(["email.followers"])));
    await saveWebhook(quiet, parse(webhookSchema, { url: PUBLIC_URL, format: "json" }));

    const deliveriesAfterCrossing = async (creatorId: string) => {
      const account = await createAccount(creatorId, parse(accountSchema, { handle: "crossing.now", timeZone: "UTC" }));
      await recordDay(
        creatorId,
        parse(recordDaySchema, { accountId: account.id, day: "2026-11-20", followers: "950" }),
        NOW,
      );
      await recordDay(
        creatorId,
        parse(recordDaySchema, { accountId: account.id, day: "2026-11-24", followers: "1,000" }),
        NOW,
      );
      const notices = await prisma.notificationNotice.findMany({
        where: { creatorId, ruleKey: "account.followers.1k" },
        select: { showInApp: true, deliveries: { select: { channel: true } } },
      });
      expect(notices).toHaveLength(1);
      expect(notices[0]!.showInApp).toBe(true);
      return notices[0]!.deliveries.map((d) => d.channel).sort();
    };
    expect(await deliveriesAfterCrossing(loud)).toEqual(["email"]);
    expect(await deliveriesAfterCrossing(quiet)).toEqual(["webhook"]);
  });
});

describe("webhook", () => {
  test.each([
    ["http://127.0.0.1:9/hook", /private or local address/],
    ["http://localhost:9/hook", /private or local address/],
    ["https://[::1]/hook", /private or local address/],
    ["http://10.1.2.3/hook", /private or local address/],
    ["ftp://x", /Only http:\/\/ and https:\/\//],
  ])("%s is refused with a message on the URL field", async (url, message) => {
    const creator = await createCreator("hook-refused");
    const error = await appErrorOf(saveWebhook(creator, { url, format: "json" }), "VALIDATION");
    expect(error.fields?.url?.[0]).toMatch(message);
    expect(await prisma.webhook.count({ where: { creatorId: creator } })).toBe(0);
  });

  test("the form's schema refuses a URL that is not http(s) before any lookup", () => {
    for (const [url, message] of [
      ["ftp://x", "Only http:// and https:// URLs can receive webhooks."],
      ["example.com/hook", "Enter a full URL, starting with https://"],
      ["", "Enter the URL that should receive notices."],
    ]) {
      const parsed = webhookSchema.safeParse({ url, format: "json" });
      expect(parsed.success).toBe(false);
      expect(fieldErrorsOf(parsed.error!).url).toEqual([message]);
    }
    expect(fieldErrorsOf(webhookSchema.safeParse({ url: PUBLIC_URL, format: "xml" }).error!).format).toBeDefined();
  });

  test("with MILEPOST_ALLOW_PRIVATE_WEBHOOKS=1 a loopback URL is accepted, but never ftp://", async () => {
    process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS = "1";
    const creator = await createCreator("hook-private");
    const { secret } = await saveWebhook(creator, { url: "http://127.0.0.1:9/hook", format: "chat" });
    expect(secret).toMatch(/^whsec_/);
    expect((await getNotificationSettings(creator)).webhook).toMatchObject({
      url: "http://127.0.0.1:9/hook",
      format: "chat",
    });
    const error = await appErrorOf(saveWebhook(creator, { url: "ftp://x", format: "json" }), "VALIDATION");
    expect(error.fields?.url).toEqual(["Only http:// and https:// URLs can receive webhooks."]);
  });

  test("the secret is returned on the first save only; replacing the URL keeps it; regenerating returns a new one once", async () => {
    const creator = await createCreator("hook-secret");
    const first = await saveWebhook(creator, parse(webhookSchema, { url: PUBLIC_URL, format: "json" }));
    expect(first.secret).toMatch(/^whsec_[\w-]{32}$/);
    expect(await storedSecret(creator)).toBe(first.secret);

    const replaced = await saveWebhook(
      creator,
      parse(webhookSchema, { url: "https://93.184.215.15/other", format: "chat" }),
    );
    expect(replaced.secret).toBeNull();
    expect(await storedSecret(creator)).toBe(first.secret);
    const settings = await getNotificationSettings(creator);
    expect(settings.webhook).toEqual({
      url: "https://93.184.215.15/other",
      format: "chat",
      createdAt: expect.any(Date),
    });
    expect(JSON.stringify(settings.webhook)).not.toContain("whsec_");

    const regenerated = await regenerateWebhookSecret(creator);
    expect(regenerated).toMatch(/^whsec_/);
    expect(regenerated).not.toBe(first.secret);
    expect(await storedSecret(creator)).toBe(regenerated);

    await removeWebhook(creator);
    expect((await getNotificationSettings(creator)).webhook).toBeNull();
    // Added again after removal: a new secret, shown once.
    const readded = await saveWebhook(creator, parse(webhookSchema, { url: PUBLIC_URL, format: "json" }));
    expect(readded.secret).toMatch(/^whsec_/);
    expect(readded.secret).not.toBe(regenerated);
  });

  test("send test writes one test notice (not shown in the app) and one webhook delivery, queued in the same transaction", async () => {
    const creator = await createCreator("hook-test");
    await saveWebhook(creator, parse(webhookSchema, { url: PUBLIC_URL, format: "json" }));
    const deliveryId = await sendTestWebhook(creator);

    const deliveries = await prisma.notificationDelivery.findMany({
      where: { creatorId: creator },
      include: { notice: true },
    });
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ id: deliveryId, channel: "webhook", status: "pending", attempts: 0 });
    expect(deliveries[0]!.notice).toMatchObject({
      kind: "test",
      showInApp: false,
      title: "Test from Milepost",
      link: "/settings/notifications",
    });
    expect(deliveries[0]!.notice.eventKey).toMatch(/^test:[0-9a-f-]{36}$/);
    const jobs = await prisma.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM pgboss.job WHERE name = 'notification-delivery' AND data->>'deliveryId' = ${deliveryId}`;
    expect(Number(jobs[0]!.n)).toBe(1);

    // A second test is a second notice (each has its own event key).
    await sendTestWebhook(creator);
    expect(await prisma.notificationDelivery.count({ where: { creatorId: creator, channel: "webhook" } })).toBe(2);
  });

  test("send test and regenerate without a webhook are refused and write nothing", async () => {
    const creator = await createCreator("hook-none");
    expect((await appErrorOf(sendTestWebhook(creator), "VALIDATION")).message).toMatch(/Add a webhook first/);
    await appErrorOf(regenerateWebhookSecret(creator), "VALIDATION");
    expect(await prisma.notificationNotice.count({ where: { creatorId: creator } })).toBe(0);
  });
});

describe("unsubscribe links", () => {
  const paramsOf = (path: string) => new URL(path, "http://localhost").searchParams;

  test("a valid link turns off e-mails of its category only", async () => {
    const creator = await createCreator("unsub");
    const params = paramsOf(unsubscribePath(creator, "followers"));
    expect(await readUnsubscribeLink(params)).toEqual({
      creatorId: creator,
      category: "followers",
      label: "Follower milestones",
    });
    expect((await getNotificationSettings(creator)).preferences.size).toBe(0); // reading the link changes nothing

    expect(await unsubscribeEmail(params)).toMatchObject({ category: "followers" });
    const preferences = (await getNotificationSettings(creator)).preferences;
    expect(channelEnabled(preferences, "email", "followers")).toBe(false);
    expect(channelEnabled(preferences, "email", "views")).toBe(true);
    expect(channelEnabled(preferences, "in_app", "followers")).toBe(true);
    // The same link again is harmless.
    expect(await unsubscribeEmail(params)).toMatchObject({ category: "followers" });
  });

  test("a tampered link is refused and changes nothing", async () => {
    const creator = await createCreator("unsub-tampered");
    const other = await createCreator("unsub-other");
    const good = paramsOf(unsubscribePath(creator, "views"));
    const tampered = [
      new URLSearchParams({
        c: creator,
        k: "views",
        t: `${good.get("t")!.slice(0, -1)}${good.get("t")!.endsWith("A") ? "B" : "A"}`,
      }),
      new URLSearchParams({ c: other, k: "views", t: good.get("t")! }),
      new URLSearchParams({ c: creator, k: "followers", t: good.get("t")! }),
      new URLSearchParams({ c: creator, k: "views" }),
      paramsOf(unsubscribePath(creator, "delivery")), // signed, but not a category a creator can switch
    ];
    for (const params of tampered) {
      expect(await readUnsubscribeLink(params)).toBeNull();
      expect(await unsubscribeEmail(params)).toBeNull();
    }
    expect((await getNotificationSettings(creator)).preferences.size).toBe(0);
    expect((await getNotificationSettings(other)).preferences.size).toBe(0);
  });
});
