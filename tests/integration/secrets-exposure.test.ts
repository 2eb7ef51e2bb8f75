// Stored secrets never leave: a creator with a webhook and a connected account whose secret and tokens are known is
// exported (ZIP and JSON), read through every GET of the REST API and through the settings and account pages'
// queries, and neither the plain secrets nor their sealed forms appear anywhere.
import { strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { getAccount, getAccountOverview, listAccounts } from "@/lib/queries/accounts";
import { getNotificationSettings } from "@/lib/queries/notification-settings";
import { openSecret, sealSecret } from "@/lib/secrets";
import { createAccount } from "@/lib/services/manage-accounts";
import { createApiToken } from "@/lib/services/manage-api-tokens";
import { saveWebhook } from "@/lib/services/manage-notification-settings";
import { callRoute, ENDPOINT_CALLS } from "./api-client";
import { exportedBytes, exportedFiles } from "./export-fixtures";
import { createCreator } from "./fixtures";

const ACCESS_TOKEN = "act.known-access-token-5f1d2e3c4b5a69788796a5b4c3d2e1f0";
const REFRESH_TOKEN = "rft.known-refresh-token-0a1b2c3d4e5f60718293a4b5c6d7e8f9";

let creatorId: string;
let accountId: string;
let token: string;
/** Every text that must not appear: the plain values and what is stored. */
let forbidden: string[];

const allowPrivate = process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS;
afterAll(() => {
  if (allowPrivate === undefined) delete process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS;
  else process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS = allowPrivate;
});

beforeAll(async () => {
  process.env.MILEPOST_ALLOW_PRIVATE_WEBHOOKS = "1"; // the webhook's address is never called here
  creatorId = await createCreator("secrets-exposure");
  const account = await createAccount(creatorId, {
    platform: "tiktok",
    handle: "exposure.check",
    timeZone: "UTC",
    ruleSet: "article",
  });
  accountId = account.id;
  const { secret } = await saveWebhook(creatorId, { url: "http://127.0.0.1:9/hook", format: "json" });
  const connection = await prisma.platformConnection.create({
    data: {
      creatorId,
      accountId,
      platform: "tiktok",
      externalId: `open-id-${creatorId}`,
      displayName: "Exposure Check",
      scopes: ["user.info.basic", "user.info.stats", "video.list"],
      accessToken: sealSecret(ACCESS_TOKEN),
      accessTokenExpiresAt: new Date(Date.now() + 86_400_000),
      refreshToken: sealSecret(REFRESH_TOKEN),
      refreshTokenExpiresAt: new Date(Date.now() + 365 * 86_400_000),
      collectOffsetSeconds: 1234,
    },
  });
  token = (await createApiToken(creatorId, { name: "exposure" })).token;
  const storedWebhook = await prisma.webhook.findUniqueOrThrow({ where: { creatorId } });
  expect(openSecret(storedWebhook.secret)).toBe(secret);
  expect(openSecret(connection.accessToken)).toBe(ACCESS_TOKEN);
  forbidden = [
    secret!,
    storedWebhook.secret,
    ACCESS_TOKEN,
    REFRESH_TOKEN,
    connection.accessToken,
    connection.refreshToken,
  ];
  // The parts of a sealed value on their own too (the ciphertext and the tag).
  for (const sealed of [storedWebhook.secret, connection.accessToken, connection.refreshToken])
    forbidden.push(...sealed.split(".").slice(2));
});

function expectNoSecret(text: string, where: string) {
  for (const value of forbidden) expect(text.includes(value), `${where} holds a secret`).toBe(false);
}

describe("secrets at rest stay inside", () => {
  test("the export (every file of the ZIP, and ?format=json)", async () => {
    const files = await exportedFiles(creatorId);
    expect(Object.keys(files)).toContain("milepost.json");
    for (const [name, bytes] of Object.entries(files)) expectNoSecret(strFromU8(bytes), name);
    const json = (await exportedBytes(creatorId, "json")).toString("utf8");
    expect(json).toContain("http://127.0.0.1:9/hook"); // the webhook is exported, without its secret
    expectNoSecret(json, "milepost.json");
  });

  test("every GET of the REST API", async () => {
    for (const [name, handler, method] of ENDPOINT_CALLS.filter(([, , method]) => method === "GET")) {
      const answer = await callRoute(handler, method, { token, id: accountId });
      expect(answer.status, name).toBe(200);
      expectNoSecret(JSON.stringify(answer.json), name);
    }
  });

  test("the settings and account pages' reads", async () => {
    const reads = {
      notificationSettings: await getNotificationSettings(creatorId),
      accounts: await listAccounts(creatorId),
      account: await getAccount(creatorId, accountId),
      overview: await getAccountOverview(creatorId, accountId, new Date()),
    };
    for (const [name, value] of Object.entries(reads))
      expectNoSecret(
        JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? [...v] : v)),
        name,
      );
  });
});
