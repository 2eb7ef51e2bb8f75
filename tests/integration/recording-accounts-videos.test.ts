// Accounts and videos through the services, against a real PostgreSQL.
import { beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { listAccounts, requireAccount } from "@/lib/db/accounts";
import { listVideos, requireVideo } from "@/lib/db/videos";
import { createAccount, deleteAccount, updateAccount } from "@/lib/services/manage-accounts";
import { createVideo, deleteVideo, updateVideo } from "@/lib/services/manage-videos";
import { recordVideoSnapshot } from "@/lib/services/record-snapshots";
import { accountSchema, accountUpdateSchema } from "@/lib/validation/accounts";
import { videoSchema, videoUpdateSchema } from "@/lib/validation/videos";
import { appErrorOf, createCreator, parse, storedVideoReadings } from "./fixtures";

const NOW = new Date("2026-11-24T12:00:00Z");
let creator: string;
let other: string;

beforeAll(async () => {
  creator = await createCreator("rec-a");
  other = await createCreator("rec-b");
});

describe("accounts", () => {
  test("create normalises the handle, lists it, and refuses the same handle twice for one creator only", async () => {
    const account = await createAccount(
      creator,
      parse(accountSchema, { handle: " @Dance.Moves ", timeZone: "Europe/Berlin", ruleSet: "tiktok_current" }),
    );
    expect(account).toMatchObject({
      handle: "dance.moves",
      platform: "tiktok",
      timeZone: "Europe/Berlin",
      ruleSet: "tiktok_current",
    });
    expect((await listAccounts(creator)).map((a) => a.handle)).toContain("dance.moves");

    const duplicate = await appErrorOf(
      createAccount(creator, parse(accountSchema, { handle: "dance.moves", timeZone: "UTC" })),
      "CONFLICT",
    );
    expect(duplicate.fields?.handle?.[0]).toMatch(/already track @dance\.moves/);
    // Another creator may track the same handle.
    await expect(
      createAccount(other, parse(accountSchema, { handle: "dance.moves", timeZone: "UTC" })),
    ).resolves.toMatchObject({ handle: "dance.moves" });
  });

  test("update changes the fields and refuses a handle the creator already tracks", async () => {
    const first = await createAccount(creator, parse(accountSchema, { handle: "first.one", timeZone: "UTC" }));
    const second = await createAccount(creator, parse(accountSchema, { handle: "second.one", timeZone: "UTC" }));
    const updated = await updateAccount(
      creator,
      parse(accountUpdateSchema, {
        accountId: first.id,
        handle: "@First.Renamed",
        timeZone: "Asia/Tokyo",
        ruleSet: "article",
      }),
    );
    expect(updated).toMatchObject({ id: first.id, handle: "first.renamed", timeZone: "Asia/Tokyo" });
    // Keeping its own handle is no conflict.
    await expect(
      updateAccount(
        creator,
        parse(accountUpdateSchema, { accountId: second.id, handle: "second.one", timeZone: "UTC" }),
      ),
    ).resolves.toBeTruthy();

    const conflict = await appErrorOf(
      updateAccount(
        creator,
        parse(accountUpdateSchema, { accountId: second.id, handle: "first.renamed", timeZone: "UTC" }),
      ),
      "CONFLICT",
    );
    expect(conflict.fields?.handle).toBeDefined();
    expect((await requireAccount(creator, second.id)).handle).toBe("second.one");
  });

  test("delete removes the account with its videos and readings", async () => {
    const account = await createAccount(creator, parse(accountSchema, { handle: "short.lived", timeZone: "UTC" }));
    const video = await createVideo(creator, parse(videoSchema, { accountId: account.id, platformId: "1" }), NOW);
    await recordVideoSnapshot(creator, { accountId: account.id, videoId: video.id, day: "2026-11-20", views: 10 }, NOW);
    await deleteAccount(creator, { accountId: account.id });
    await appErrorOf(requireAccount(creator, account.id), "NOT_FOUND");
    expect(await prisma.video.count({ where: { accountId: account.id } })).toBe(0);
    expect((await storedVideoReadings({ videoIds: [video.id] })).length).toBe(0);
  });
});

describe("videos", () => {
  let accountId: string;
  beforeAll(async () => {
    accountId = (
      await createAccount(creator, parse(accountSchema, { handle: "video.maker", timeZone: "America/Los_Angeles" }))
    ).id;
  });

  test("create takes the platform id from a TikTok URL and strips its tracking query", async () => {
    const video = await createVideo(
      creator,
      parse(videoSchema, {
        accountId,
        url: "https://www.tiktok.com/@video.maker/video/7301234567890123456?is_from_webapp=1",
        title: " First dance ",
        postedOn: "2026-11-01",
      }),
      NOW,
    );
    expect(video).toMatchObject({
      url: "https://www.tiktok.com/@video.maker/video/7301234567890123456",
      platformId: "7301234567890123456",
      title: "First dance",
      postedOn: "2026-11-01",
    });
    expect(await requireVideo(creator, accountId, video.id)).toEqual(video);
  });

  test.each([
    [
      "the same URL",
      { url: "https://www.tiktok.com/@video.maker/video/7301234567890123456?lang=en" },
      ["url", "platformId"],
    ],
    ["the same platform id", { platformId: "7301234567890123456" }, ["platformId"]],
  ])("a second video with %s is a field error", async (_what, fields, errorFields) => {
    const error = await appErrorOf(createVideo(creator, parse(videoSchema, { accountId, ...fields }), NOW), "CONFLICT");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual([...errorFields].sort());
  });

  test("a posted day in the future (in the account's time zone) is refused", async () => {
    // 12:00 UTC on Nov 24 is still Nov 24 in Los Angeles: Nov 25 has not come yet.
    const error = await appErrorOf(
      createVideo(creator, parse(videoSchema, { accountId, platformId: "555", postedOn: "2026-11-25" }), NOW),
      "VALIDATION",
    );
    expect(error.fields?.postedOn?.[0]).toMatch(/has not come yet/);
    await expect(
      createVideo(creator, parse(videoSchema, { accountId, platformId: "555", postedOn: "2026-11-24" }), NOW),
    ).resolves.toBeTruthy();
  });

  test("update edits and clears fields, and keeps the posted day at or before the first reading", async () => {
    const video = await createVideo(
      creator,
      parse(videoSchema, { accountId, url: "https://example.com/v/1", title: "Old" }),
      NOW,
    );
    await recordVideoSnapshot(creator, { accountId, videoId: video.id, day: "2026-11-10", views: 50 }, NOW);

    const updated = await updateVideo(
      creator,
      parse(videoUpdateSchema, {
        accountId,
        videoId: video.id,
        url: "https://example.com/v/1",
        title: "",
        postedOn: "2026-11-09",
      }),
      NOW,
    );
    expect(updated).toMatchObject({ title: null, postedOn: "2026-11-09" });

    const error = await appErrorOf(
      updateVideo(
        creator,
        parse(videoUpdateSchema, {
          accountId,
          videoId: video.id,
          url: "https://example.com/v/1",
          postedOn: "2026-11-11",
        }),
        NOW,
      ),
      "VALIDATION",
    );
    expect(error.fields?.postedOn?.[0]).toMatch(/reading on Nov 10, 2026/);
  });

  test("listVideos gives each video its latest reading; delete removes the video and its readings", async () => {
    const video = await createVideo(creator, parse(videoSchema, { accountId, platformId: "777" }), NOW);
    await recordVideoSnapshot(creator, { accountId, videoId: video.id, day: "2026-11-20", views: 100 }, NOW);
    await recordVideoSnapshot(creator, { accountId, videoId: video.id, day: "2026-11-22", views: 300 }, NOW);
    await recordVideoSnapshot(creator, { accountId, videoId: video.id, day: "2026-11-21", views: 200 }, NOW);
    const listed = (await listVideos(creator, accountId)).find((v) => v.id === video.id);
    expect(listed).toMatchObject({ lastDay: "2026-11-22", lastViews: 300 });

    await deleteVideo(creator, { accountId, videoId: video.id });
    await appErrorOf(requireVideo(creator, accountId, video.id), "NOT_FOUND");
    expect((await storedVideoReadings({ videoIds: [video.id] })).length).toBe(0);
  });
});
