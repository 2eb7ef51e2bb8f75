// A creator whose export is the same bytes on every run: fixed ids, e-mail and timestamps, 3,600 video readings over
// four months (seedHistory), every kind of row the export writes, and text that needs CSV quoting or the formula
// escape. tests/integration/export-golden.json holds the SHA-256 of each file of this creator's export as the
// in-memory export (zipSync, before the export streamed) wrote it, then again when readings gained their source.
import { createHash } from "node:crypto";
import { unzipSync } from "fflate";
import { prisma } from "@/lib/db/client";
import type { ExportDocument } from "@/lib/export/export-document";
import { openCreatorExport, type ExportFormat, type ExportOptions } from "@/lib/queries/export-data";
import { seedHistory } from "../../scripts/lib/bench-seed.ts";

export const GOLDEN_CREATOR = "gold-creator";
const A = "gold-a";
const B = "gold-b";
const at = (iso: string) => new Date(iso);

export async function seedGoldenCreator(): Promise<void> {
  await prisma.creator.create({
    data: {
      id: GOLDEN_CREATOR,
      email: "golden@example.test",
      name: 'Gold "Creator", =1',
      passwordHash: "not-a-hash",
      isAdult: true,
      createdAt: at("2025-12-01T08:00:00.123Z"),
    },
  });
  await prisma.notificationPreference.createMany({
    data: [
      { creatorId: GOLDEN_CREATOR, channel: "email", category: "import", enabled: false },
      { creatorId: GOLDEN_CREATOR, channel: "webhook", category: "views", enabled: true },
    ],
  });
  await prisma.webhook.create({
    data: {
      creatorId: GOLDEN_CREATOR,
      url: "https://203.0.113.7/hook",
      secret: "whsec_GOLD_SECRET",
      format: "chat",
      createdAt: at("2026-01-02T03:04:05.678Z"),
    },
  });
  await prisma.apiToken.createMany({
    data: [
      {
        id: "gold-t1",
        creatorId: GOLDEN_CREATOR,
        name: "backup",
        prefix: "mp_gold1",
        tokenHash: "HASH_GOLD_1",
        createdAt: at("2026-01-03T00:00:00Z"),
        lastUsedAt: at("2026-02-01T12:00:00Z"),
      },
      {
        id: "gold-t2",
        creatorId: GOLDEN_CREATOR,
        name: "old script",
        prefix: "mp_gold2",
        tokenHash: "HASH_GOLD_2",
        createdAt: at("2026-01-04T00:00:00Z"),
        revokedAt: at("2026-01-05T00:00:00Z"),
      },
    ],
  });

  // Account A: 30 videos read daily for 120 days (3,600 readings) and 120 account readings.
  await seedHistory(prisma, {
    creatorId: GOLDEN_CREATOR,
    accountId: A,
    handle: "gold.main",
    videoCount: 30,
    days: 120,
    firstDay: "2026-03-03",
  });
  await prisma.$executeRaw`UPDATE accounts SET created_at = '2026-01-10T10:00:00Z', rule_set = 'tiktok_current' WHERE id = ${A}`;
  // Creation times in an order other than the ids', with ties (the export orders videos by creation, then id).
  await prisma.$executeRaw`UPDATE videos SET created_at = timestamp '2026-01-11' + ((substring(id from 9)::int * 7) % 10) * interval '1 hour' WHERE account_id = ${A}`;
  await prisma.$executeRaw`UPDATE videos SET title = '=HYPERLINK("http://evil","x")' WHERE id = 'gold-a-v00001'`;
  await prisma.$executeRaw`UPDATE videos SET title = 'Comma, and "quotes"' WHERE id = 'gold-a-v00002'`;
  await prisma.$executeRaw`UPDATE videos SET title = E'two\nlines' WHERE id = 'gold-a-v00003'`;
  await prisma.$executeRaw`UPDATE videos SET title = NULL, platform_id = NULL, url = 'https://www.tiktok.com/@gold.main/video/4', posted_on = NULL WHERE id = 'gold-a-v00004'`;
  await prisma.$executeRaw`UPDATE videos SET title = '@mention -minus +plus' WHERE id = 'gold-a-v00005'`;
  await prisma.$executeRaw`INSERT INTO videos (id, account_id, platform_id, title, created_at, updated_at) VALUES ('gold-a-v99999', ${A}, '99999', 'No readings yet', '2026-01-11T04:00:00Z', now())`;
  // Other figures on some videos, with gaps.
  await prisma.$executeRaw`UPDATE video_reading_months SET likes = views, comments = ARRAY(SELECT CASE WHEN i % 3 = 0 THEN v / 10 END FROM unnest(views) WITH ORDINALITY AS u(v, i) ORDER BY i) WHERE video_id LIKE '%1' OR video_id LIKE '%4'`;
  await prisma.$executeRaw`UPDATE video_reading_months SET shares = ARRAY(SELECT CASE WHEN i % 2 = 0 THEN v % 7 END FROM unnest(views) WITH ORDINALITY AS u(v, i) ORDER BY i), saves = views WHERE video_id LIKE '%2'`;
  await prisma.$executeRaw`UPDATE account_snapshots SET profile_views = followers / 3, likes = followers * 2, comments = CASE WHEN day::text LIKE '%5' THEN 7 END, shares = 0 WHERE account_id = ${A} AND extract(day FROM day)::int % 2 = 0`;
  // Sources: readings from before sources were kept (NULL), each source, and readings that replaced another source's.
  await prisma.$executeRaw`UPDATE account_snapshots SET source = (ARRAY['typed', 'imported', 'api', 'collected'])[extract(day FROM day)::int % 5]::"ReadingSource" WHERE account_id = ${A}`;
  await prisma.$executeRaw`UPDATE account_snapshots SET replaced_source = 'typed', replaced_followers = followers - 3 WHERE account_id = ${A} AND source = 'collected' AND extract(day FROM day)::int % 2 = 0`;
  await prisma.$executeRaw`UPDATE video_reading_months SET sources = ARRAY(SELECT CASE WHEN v IS NOT NULL AND i % 5 > 0 THEN (i % 5)::smallint END FROM unnest(views) WITH ORDINALITY AS u(v, i) ORDER BY i) WHERE video_id LIKE '%3' OR video_id LIKE '%6'`;
  await prisma.$executeRaw`UPDATE video_reading_months SET replaced_sources = ARRAY(SELECT CASE WHEN s = 4 AND i % 2 = 0 THEN 1::smallint END FROM unnest(sources) WITH ORDINALITY AS u(s, i) ORDER BY i) WHERE video_id LIKE '%6'`;

  await prisma.earningsSettings.create({
    data: {
      accountId: A,
      creatorFundLow: 20_000n,
      creatorFundHigh: 40_000n,
      sponsorshipsLow: 1_000_000n,
      sponsorshipsHigh: 5_000_000n,
      affiliateLow: 0n,
      affiliateHigh: 250_000n,
      enrolledCreatorFund: true,
      sponsorships: true,
      affiliate: false,
    },
  });
  await prisma.goal.createMany({
    data: [
      {
        id: "gold-g1",
        accountId: A,
        metric: "account.followers",
        threshold: 5_000n,
        targetDay: at("2026-06-30"),
        label: "=five thousand",
        createdAt: at("2026-01-12T00:00:00Z"),
      },
      {
        id: "gold-g2",
        accountId: A,
        metric: "video.views",
        videoId: "gold-a-v00002",
        threshold: 2_000n,
        createdAt: at("2026-01-13T00:00:00Z"),
      },
    ],
  });
  // Milestones: a crossing for every video, account and goal crossings, and eligibility changes on days that also
  // have crossings (the CSV lists a day's crossings before its state changes).
  await prisma.$executeRaw`
    INSERT INTO milestone_crossings (account_id, rule_key, subject_type, subject_id, day, value, reached_by)
    SELECT ${A}, 'video.views.1k', 'video', id, date '2026-03-20' + (substring(id from 9)::int % 5), 1000 + substring(id from 9)::int, substring(id from 9)::int % 4 = 0
    FROM videos WHERE account_id = ${A} AND id <> 'gold-a-v99999'`;
  await prisma.$executeRaw`
    INSERT INTO milestone_crossings (account_id, rule_key, subject_type, subject_id, day, value, reached_by) VALUES
      (${A}, 'account.followers.1k', 'account', ${A}, '2026-03-22', 1012, false),
      (${A}, 'account.followers.5k', 'account', ${A}, '2026-06-15', 5003, true),
      (${A}, 'goal', 'goal', 'gold-g2', '2026-03-21', 2004, false)`;
  await prisma.$executeRaw`
    INSERT INTO milestone_state_changes (account_id, rule_key, kind, day) VALUES
      (${A}, 'unlock.creator_fund', 'gained', '2026-03-22'),
      (${A}, 'unlock.live', 'gained', '2026-03-22'),
      (${A}, 'unlock.live', 'lost', '2026-05-01')`;
  await prisma.loggedIncome.createMany({
    data: [
      {
        id: "gold-i1",
        accountId: A,
        day: at("2026-04-01"),
        stream: "brand_deal",
        amount: 12_500_000n,
        note: "=cmd|' /C calc'!A0",
        createdAt: at("2026-04-02T00:00:00Z"),
      },
      {
        id: "gold-i2",
        accountId: A,
        day: at("2026-03-15"),
        stream: "live_gifts",
        amount: 3_330_000n,
        note: null,
        createdAt: at("2026-04-02T00:00:01Z"),
      },
      {
        id: "gold-i3",
        accountId: A,
        day: at("2026-03-15"),
        stream: "affiliate",
        amount: 1n,
        note: "first, tiny",
        createdAt: at("2026-04-01T00:00:00Z"),
      },
    ],
  });

  // Account B: a handle the folder name must clean up, three readings, nothing else.
  await prisma.$executeRaw`INSERT INTO accounts (id, creator_id, handle, time_zone, created_at, updated_at) VALUES (${B}, ${GOLDEN_CREATOR}, 'we!rd handle', 'Europe/Paris', '2026-02-01T00:00:00Z', now())`;
  await prisma.$executeRaw`
    INSERT INTO account_snapshots (id, account_id, day, followers, video_views, updated_at)
    VALUES ('gold-b-1', ${B}, '2026-02-01', 10, NULL, now()), ('gold-b-2', ${B}, '2026-02-02', 12, 5, now()), ('gold-b-3', ${B}, '2026-02-04', 9, 0, now())`;
}

/** The export's files with what identifies their content: each file's SHA-256, the export time blanked out. */
export function fingerprint(files: Record<string, Uint8Array>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(files)) {
    const text =
      name === "milepost.json"
        ? Buffer.from(bytes)
            .toString("utf8")
            .replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""')
        : Buffer.from(bytes);
    out[name] = createHash("sha256").update(text).digest("hex");
  }
  return out;
}

/** The creator's export ZIP, streamed to the end and unpacked: file name → bytes. */
export async function exportedFiles(
  creatorId: string,
  options: ExportOptions = {},
): Promise<Record<string, Uint8Array>> {
  return unzipSync(await exportedBytes(creatorId, "zip", options));
}

/** The creator's milepost.json as ?format=json streams it, parsed. */
export async function exportedJson(creatorId: string): Promise<ExportDocument> {
  return JSON.parse((await exportedBytes(creatorId, "json")).toString("utf8")) as ExportDocument;
}

export async function exportedBytes(
  creatorId: string,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<Buffer> {
  const chunks: Buffer[] = await (await openCreatorExport(creatorId, format, options)).toArray();
  return Buffer.concat(chunks);
}
