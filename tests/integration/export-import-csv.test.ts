// The data export (ZIP of CSV files + milepost.json), the Milepost CSV import (round trip, all or nothing) and
// "delete my account and all its data", against a real PostgreSQL.
import { strFromU8 } from "fflate";
import { beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { createAccount } from "@/lib/services/manage-accounts";
import { createVideo } from "@/lib/services/manage-videos";
import { writeReadings } from "@/lib/services/write-readings";
import { createGoal } from "@/lib/services/manage-goals";
import { logIncome } from "@/lib/services/manage-income";
import { importMilepostCsv } from "@/lib/services/import-milepost-csv";
import { deleteCreatorAndData } from "@/lib/services/delete-creator";
import { appErrorOf, createCreator, storedVideoReadings } from "./fixtures";
import { exportedFiles, exportedJson } from "./export-fixtures";

const NOW = new Date("2026-11-24T12:00:00Z");

interface Seeded {
  creatorId: string;
  accountId: string;
  videoIds: string[];
}

/** A creator with an account, two videos (one with a formula-like title), 10 days of readings, a goal, income, a webhook, a token. */
async function seedCreator(label: string): Promise<Seeded> {
  const creatorId = await createCreator(label);
  const account = await createAccount(creatorId, {
    platform: "tiktok",
    handle: `${label}.handle`,
    timeZone: "UTC",
    ruleSet: "article",
  });
  const v1 = await createVideo(
    creatorId,
    {
      accountId: account.id,
      platformId: `${label.length}0001`,
      title: '=HYPERLINK("http://evil","x")',
      postedOn: "2026-10-01",
    },
    NOW,
  );
  const v2 = await createVideo(
    creatorId,
    { accountId: account.id, url: `https://example.com/${label}/clip`, title: "Plain, with a comma" },
    NOW,
  );
  const days = Array.from({ length: 10 }, (_, i) => `2026-10-${String(i + 1).padStart(2, "0")}`);
  await writeReadings(
    creatorId,
    account.id,
    {
      account: days.map((day, i) => ({ day, followers: 900 + i * 20, videoViews: i % 2 ? 150 : null, likes: i })),
      videos: days.flatMap((day, i) => [
        { videoId: v1.id, day, views: 200 * (i + 1), likes: i },
        { videoId: v2.id, day, views: 50 * (i + 1), saves: i % 3 ? null : 2 },
      ]),
    },
    { now: NOW, source: "api" },
  );
  await createGoal(creatorId, { accountId: account.id, metric: "account.followers", threshold: 1000 });
  await logIncome(creatorId, {
    accountId: account.id,
    day: "2026-10-05",
    stream: "brand_deal",
    amount: 12_500_000,
    note: "@brand deal",
  });
  await prisma.webhook.create({
    data: { creatorId, url: `https://203.0.113.9/${label}`, secret: `whsec_${label}_SECRET` },
  });
  await prisma.apiToken.create({
    data: { creatorId, name: "script", prefix: "mp_abc", tokenHash: `HASH_${label}_SECRET` },
  });
  return { creatorId, accountId: account.id, videoIds: [v1.id, v2.id] };
}

async function readingsOf(creatorId: string, accountId: string) {
  const account = await prisma.accountSnapshot.findMany({
    where: { accountId, account: { creatorId } },
    orderBy: { day: "asc" },
    select: {
      day: true,
      followers: true,
      videoViews: true,
      profileViews: true,
      likes: true,
      comments: true,
      shares: true,
    },
  });
  const videoRows = await prisma.video.findMany({
    where: { accountId, account: { creatorId } },
    select: { id: true, platformId: true, url: true, title: true },
  });
  const byId = new Map(videoRows.map(({ id, ...video }) => [id, video]));
  const key = (r: { video: { platformId: string | null; url: string | null }; day: string }) =>
    `${r.video.platformId ?? ""}|${r.video.url ?? ""}|${r.day}`;
  const videos = (await storedVideoReadings({ videoIds: [...byId.keys()] }))
    .map(({ videoId, ...reading }) => ({ ...reading, video: byId.get(videoId)! }))
    .sort((x, y) => key(x).localeCompare(key(y)));
  return { account, videos };
}

let a: Seeded;
let b: Seeded;

beforeAll(async () => {
  a = await seedCreator("exp-a");
  b = await seedCreator("exp-b");
});

describe("export", () => {
  test("the ZIP holds milepost.json and one folder of CSV files per account, of this creator only", async () => {
    const files = await exportedFiles(a.creatorId);
    expect(
      Object.keys(files)
        .filter((name) => !name.endsWith("/"))
        .sort(),
    ).toEqual([
      "milepost.json",
      "tiktok-exp-a.handle/account-readings.csv",
      "tiktok-exp-a.handle/logged-income.csv",
      "tiktok-exp-a.handle/milestones.csv",
      "tiktok-exp-a.handle/video-readings.csv",
      "tiktok-exp-a.handle/videos.csv",
    ]);
    const all = Object.values(files)
      .map((bytes) => strFromU8(bytes))
      .join("\n");
    for (const foreign of [b.creatorId, b.accountId, ...b.videoIds, "exp-b"]) expect(all).not.toContain(foreign);
    for (const secret of ["SECRET", "not-a-hash", "passwordHash", "tokenHash"]) expect(all).not.toContain(secret);

    const accountCsv = strFromU8(files["tiktok-exp-a.handle/account-readings.csv"]!).split("\r\n");
    expect(accountCsv[0]).toBe("day,followers,video_views,profile_views,likes,comments,shares,source");
    expect(accountCsv[1]).toBe("2026-10-01,900,,,0,,,api");
    expect(accountCsv).toHaveLength(12); // header, 10 days, the empty string after the last CRLF
    const videoCsv = strFromU8(files["tiktok-exp-a.handle/video-readings.csv"]!);
    expect(videoCsv).toContain(`${a.videoIds[0]},50001,,"'=HYPERLINK(""http://evil"",""x"")",2026-10-01,200,0,,,,api`);
    expect(videoCsv).toContain(`"Plain, with a comma"`);
    expect(strFromU8(files["tiktok-exp-a.handle/logged-income.csv"]!)).toBe(
      "day,stream,amount_usd,note\r\n2026-10-05,brand_deal,12.50,'@brand deal\r\n",
    );
    expect(strFromU8(files["tiktok-exp-a.handle/milestones.csv"]!)).toContain("account.followers.1k");
  });

  test("the JSON document has the profile, accounts, videos, readings, goals, milestones, settings and income, and no secret", async () => {
    const json = await exportedJson(a.creatorId);
    expect(json.creator).toEqual({
      id: a.creatorId,
      email: expect.stringContaining("exp-a"),
      name: null,
      isAdult: false,
      createdAt: expect.any(String),
    });
    expect(json.webhook).toEqual({ url: "https://203.0.113.9/exp-a", format: "json", createdAt: expect.any(String) });
    expect(json.apiTokens).toEqual([
      { name: "script", prefix: "mp_abc", createdAt: expect.any(String), lastUsedAt: null, revokedAt: null },
    ]);
    expect(json.accounts).toHaveLength(1);
    const [account] = json.accounts;
    expect(account!.readings).toHaveLength(10);
    expect(account!.readings[0]).toMatchObject({ source: "api", replacedSource: null, replacedFollowers: null });
    expect(account!.videos[0]!.readings[0]).toMatchObject({ source: "api", replacedSource: null });
    expect(account!.videos.map((v) => v.readings.length)).toEqual([10, 10]);
    expect(account!.goals).toEqual([expect.objectContaining({ metric: "account.followers", threshold: 1000 })]);
    expect(account!.milestones.crossings.map((c) => c.ruleKey)).toContain("account.followers.1k");
    expect(account!.loggedIncome).toEqual([
      expect.objectContaining({ day: "2026-10-05", stream: "brand_deal", amountMicros: 12_500_000 }),
    ]);
    expect(json).toHaveProperty("notificationPreferences");
    expect(JSON.stringify(json)).not.toMatch(/SECRET|not-a-hash/);
  });
});

describe("Milepost CSV import", () => {
  test("export, then import into a fresh account, gives the same readings", async () => {
    const files = await exportedFiles(a.creatorId);
    const fresh = await createAccount(a.creatorId, {
      platform: "tiktok",
      handle: "exp-a.copy",
      timeZone: "UTC",
      ruleSet: "article",
    });
    const result = await importMilepostCsv(
      a.creatorId,
      fresh.id,
      ["account-readings.csv", "video-readings.csv"].map((name) => ({
        name,
        text: strFromU8(files[`tiktok-exp-a.handle/${name}`]!),
      })),
      { now: NOW },
    );
    expect(result).toMatchObject({ accountReadings: 10, videoReadings: 20, videosCreated: 2 });
    expect(await readingsOf(a.creatorId, fresh.id)).toEqual(await readingsOf(a.creatorId, a.accountId));
    // The file's source column is not taken over: what a Milepost CSV brings is imported.
    const sources = await prisma.accountSnapshot.groupBy({ by: ["source"], where: { accountId: fresh.id } });
    expect(sources.map((s) => s.source)).toEqual(["imported"]);
    // Milestones were found quietly, with one summary notice.
    expect(
      await prisma.notificationNotice.count({
        where: { creatorId: a.creatorId, accountId: fresh.id, kind: "import_summary" },
      }),
    ).toBe(1);
    expect(
      await prisma.notificationNotice.count({
        where: { creatorId: a.creatorId, accountId: fresh.id, kind: "milestone" },
      }),
    ).toBe(0);

    // Importing the same files again changes nothing and duplicates nothing.
    const before = await readingsOf(a.creatorId, fresh.id);
    await importMilepostCsv(
      a.creatorId,
      fresh.id,
      [{ name: "video-readings.csv", text: strFromU8(files["tiktok-exp-a.handle/video-readings.csv"]!) }],
      { now: NOW },
    );
    expect(await readingsOf(a.creatorId, fresh.id)).toEqual(before);
  });

  test("a bad row in the middle is a 422 naming file and line, and nothing is written", async () => {
    const fresh = await createAccount(a.creatorId, {
      platform: "tiktok",
      handle: "exp-a.bad",
      timeZone: "UTC",
      ruleSet: "article",
    });
    const account = "day,followers\n2026-10-01,10\n2026-10-02,11\n2026-10-03,twelve\n2026-10-04,13\n2026-12-30,14\n";
    const videos =
      "video_id,platform_id,url,title,day,views\n,777,,New video,2026-10-01,5\n,,,No identity,2026-10-02,6\n,778,,Another,2026-10-02,7\n";
    const error = await appErrorOf(
      importMilepostCsv(
        a.creatorId,
        fresh.id,
        [
          { name: "account.csv", text: account },
          { name: "videos.csv", text: videos },
        ],
        { now: NOW },
      ),
      "VALIDATION",
    );
    expect(error.status).toBe(422);
    expect(Object.keys(error.fields!)).toEqual(["account.csv:4", "account.csv:6", "videos.csv:3"]);
    expect(error.fields!["account.csv:4"]![0]).toMatch(/followers/);
    expect(error.fields!["account.csv:6"]![0]).toMatch(/has not come yet/);
    expect(await prisma.video.count({ where: { accountId: fresh.id } })).toBe(0);
    expect(await prisma.accountSnapshot.count({ where: { accountId: fresh.id } })).toBe(0);
  });

  test("a reading before a known video's posted day, found by the write path, is named by line and leaves no new video", async () => {
    const fresh = await createAccount(a.creatorId, {
      platform: "tiktok",
      handle: "exp-a.early",
      timeZone: "UTC",
      ruleSet: "article",
    });
    await createVideo(a.creatorId, { accountId: fresh.id, platformId: "90001", postedOn: "2026-10-05" }, NOW);
    const videos = "platform_id,day,views\n90002,2026-10-01,5\n90001,2026-10-04,6\n";
    const error = await appErrorOf(
      importMilepostCsv(a.creatorId, fresh.id, [{ name: "v.csv", text: videos }], { now: NOW }),
      "VALIDATION",
    );
    expect(error.fields).toEqual({ "v.csv:3": [expect.stringMatching(/posted on/)] });
    expect(await prisma.video.count({ where: { accountId: fresh.id } })).toBe(1);
  });

  test("an upload past its limits (a cell of 10,001 characters) is refused with one sentence, nothing written", async () => {
    const fresh = await createAccount(a.creatorId, {
      platform: "tiktok",
      handle: "exp-a.huge",
      timeZone: "UTC",
      ruleSet: "article",
    });
    const videos = `platform_id,title,day,views\n777,Fine,2026-10-01,5\n778,${"t".repeat(10_001)},2026-10-02,6\n`;
    const error = await appErrorOf(
      importMilepostCsv(
        a.creatorId,
        fresh.id,
        [
          { name: "account.csv", text: "day,followers\n2026-10-01,10\n" },
          { name: "v.csv", text: videos },
        ],
        { now: NOW },
      ),
      "VALIDATION",
    );
    expect(error.message).toMatch(
      /^v\.csv: line 3 has a cell longer than 10,000 characters; a Milepost CSV upload may hold at most 256 MB sent, /,
    );
    expect(error.message.length).toBeLessThan(300);
    expect(await prisma.video.count({ where: { accountId: fresh.id } })).toBe(0);
    expect(await prisma.accountSnapshot.count({ where: { accountId: fresh.id } })).toBe(0);
  });

  test("another creator's account is NOT_FOUND", async () => {
    await appErrorOf(
      importMilepostCsv(b.creatorId, a.accountId, [{ name: "a.csv", text: "day,followers\n2026-10-01,1\n" }], {
        now: NOW,
      }),
      "NOT_FOUND",
    );
  });
});

describe("delete creator", () => {
  test("removes everything of theirs and nothing of others", async () => {
    const c = await seedCreator("exp-c");
    const bBefore = await exportedJson(b.creatorId);
    const email = (await prisma.creator.findUniqueOrThrow({ where: { id: c.creatorId } })).email;
    await prisma.signInFailure.createMany({
      data: [
        { scope: "email", key: email, failures: 1, windowStart: NOW },
        { scope: "pair", key: `${email} 192.0.2.1`, failures: 1, windowStart: NOW },
        { scope: "pair", key: `x${email} 192.0.2.1`, failures: 1, windowStart: NOW },
      ],
    });
    await deleteCreatorAndData(c.creatorId);

    expect(await prisma.creator.count({ where: { id: c.creatorId } })).toBe(0);
    expect(await prisma.account.count({ where: { creatorId: c.creatorId } })).toBe(0);
    expect(await prisma.video.count({ where: { id: { in: c.videoIds } } })).toBe(0);
    expect(await prisma.accountSnapshot.count({ where: { accountId: c.accountId } })).toBe(0);
    expect((await storedVideoReadings({ videoIds: c.videoIds })).length).toBe(0);
    expect(await prisma.milestoneCrossing.count({ where: { accountId: c.accountId } })).toBe(0);
    expect(await prisma.loggedIncome.count({ where: { accountId: c.accountId } })).toBe(0);
    expect(await prisma.webhook.count({ where: { creatorId: c.creatorId } })).toBe(0);
    expect(await prisma.apiToken.count({ where: { creatorId: c.creatorId } })).toBe(0);
    expect(await prisma.notificationNotice.count({ where: { creatorId: c.creatorId } })).toBe(0);
    // Its e-mail's sign-in failure counts go too; another e-mail's stay.
    expect(await prisma.signInFailure.findMany({ where: { key: { contains: email } }, select: { key: true } })).toEqual(
      [{ key: `x${email} 192.0.2.1` }],
    );

    const bAfter = await exportedJson(b.creatorId);
    expect({ ...bAfter, exportedAt: "" }).toEqual({ ...bBefore, exportedAt: "" });
    await appErrorOf(deleteCreatorAndData(c.creatorId), "NOT_FOUND");
  });
});
