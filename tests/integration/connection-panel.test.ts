// The account's connection panel and collection log as the settings and account pages read them: whether this server
// can connect TikTok at all (configured: false explains the variables), the connection, the last 30 runs, and one run.
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { COLLECTION_LOG_LENGTH } from "@/lib/models/connection";
import { getCollectionRun, getConnectionPanel, tiktokRedirectUri } from "@/lib/queries/connections";
import { createAccount } from "@/lib/services/manage-accounts";
import { appErrorOf, createCreator } from "./fixtures";

const NOW = new Date("2026-11-24T12:00:00Z");
const SAVED = { ...process.env };
let creatorId: string;
let accountId: string;

beforeAll(async () => {
  creatorId = await createCreator("panel");
  ({ id: accountId } = await createAccount(creatorId, {
    platform: "tiktok",
    handle: "panel.reader",
    timeZone: "Europe/Berlin",
    ruleSet: "article",
  }));
});

afterEach(() => {
  for (const name of ["TIKTOK_CLIENT_KEY", "TIKTOK_CLIENT_SECRET", "APP_URL", "NEXTAUTH_URL"])
    if (SAVED[name] === undefined) delete process.env[name];
    else process.env[name] = SAVED[name];
});

describe("the connection panel", () => {
  test("without TIKTOK_CLIENT_KEY and TIKTOK_CLIENT_SECRET it is not configured, and shows the callback to register", async () => {
    delete process.env.TIKTOK_CLIENT_KEY;
    process.env.TIKTOK_CLIENT_SECRET = "only-the-secret";
    process.env.APP_URL = "https://milepost.example.org";
    const panel = await getConnectionPanel(creatorId, accountId, NOW);
    expect(panel).toEqual({
      configured: false,
      redirectUri: "https://milepost.example.org/api/connections/tiktok/callback",
      timeZone: "Europe/Berlin",
      connection: null,
      runs: [],
    });
    expect(tiktokRedirectUri()).toBe(panel.redirectUri);
  });

  test("with both it is configured; a connection and the newest 30 runs come back, never a token", async () => {
    process.env.TIKTOK_CLIENT_KEY = "key";
    process.env.TIKTOK_CLIENT_SECRET = "secret";
    await prisma.platformConnection.create({
      data: {
        creatorId,
        accountId,
        platform: "tiktok",
        externalId: "open-panel",
        displayName: "Panel Person",
        scopes: ["user.info.basic"],
        accessToken: "secret-access-token",
        accessTokenExpiresAt: NOW,
        refreshToken: "secret-refresh-token",
        refreshTokenExpiresAt: NOW,
        collectOffsetSeconds: 10,
        nextRunAt: new Date("2026-11-24T11:00:00Z"), // already due: shown as now
        connectedAt: new Date("2026-11-01T08:00:00Z"),
        lastError: "TikTok was busy.",
        failures: 2,
      },
    });
    await prisma.collectionRun.createMany({
      data: Array.from({ length: COLLECTION_LOG_LENGTH + 2 }, (_, n) => ({
        creatorId,
        accountId,
        day: new Date(Date.UTC(2026, 9, 1 + n)),
        trigger: n % 2 ? "schedule" : "now",
        status: "succeeded",
        startedAt: new Date(Date.UTC(2026, 9, 1 + n, 20)),
        videos: 10 + n,
        videoTotal: 10 + n,
        videosCreated: 1,
        followers: BigInt(1000 + n),
      })),
    });
    const panel = await getConnectionPanel(creatorId, accountId, NOW);
    expect(panel.configured).toBe(true);
    expect(panel.connection).toEqual({
      platform: "tiktok",
      displayName: "Panel Person",
      status: "active",
      connectedAt: new Date("2026-11-01T08:00:00Z"),
      lastCollectedAt: null,
      nextRunAt: NOW,
      lastError: "TikTok was busy.",
      failures: 2,
    });
    expect(panel.runs).toHaveLength(COLLECTION_LOG_LENGTH);
    expect(panel.runs[0]).toMatchObject({ day: "2026-11-01", followers: 1031, videos: 41, trigger: "schedule" });
    expect(panel.runs.at(-1)!.day).toBe("2026-10-03");
    expect(JSON.stringify(panel)).not.toMatch(/secret-(access|refresh)-token/);

    const run = await getCollectionRun(creatorId, accountId, panel.runs[0]!.id);
    expect(run).toEqual(panel.runs[0]);
  });

  test("an id no run can have is NOT_FOUND", async () => {
    await appErrorOf(getCollectionRun(creatorId, accountId, "../etc"), "NOT_FOUND");
    await appErrorOf(getConnectionPanel(creatorId, "nope", NOW), "NOT_FOUND");
  });
});
