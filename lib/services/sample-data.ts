// "Try it with sample data": a clearly marked account (@sample.creator) with six months of history — a few
// videos that take off, followers crossing 1k and 10k, LIVE eligibility gained and lost once — written with
// set-based SQL and brought up to date with one recompute, in one transaction, with in-app notices for its latest
// events. Removing it deletes the account (and so its notices).
import { prisma } from "@/lib/db/client";
import { deleteAccount, insertAccount, listAccounts } from "@/lib/db/accounts";
import type { AccountRecord } from "@/lib/models/account";
import { upsertEarningsSettings } from "@/lib/db/earnings-settings";
import { insertCurveHistory, type CurveVideo } from "@/lib/db/sample-history";
import { insertVideo } from "@/lib/db/videos";
import { addDays, dayIn } from "@/lib/time/days";
import { DEFAULT_EARNINGS_SETTINGS } from "@/lib/earnings";
import { SAMPLE_HANDLE, isSampleHandle } from "@/lib/models/sample-account";
import { recordLatestNoticesInApp } from "./notify";
import { RECOMPUTE_TIMEOUT_MS, recomputeAccount } from "./recompute-milestones";

const DAYS = 182;
const SAMPLE_NOTICES = 3; // in the app only: the bell shows what a notice looks like
const FOLLOWERS = { base: 60, slope: 3, top: 14_000, mid: 120, width: 22 };
// Day posted, total views, the day of fastest growth and how wide it is: the second and fourth take off.
const VIDEOS = [
  { title: "Morning routine in 15 seconds", posted: 0, total: 6_000, mid: 15, width: 6 },
  { title: "Trying the viral pasta hack", posted: 30, total: 60_000, mid: 60, width: 10 },
  { title: "Behind the scenes", posted: 70, total: 40_000, mid: 90, width: 8 },
  { title: "The duet everyone copied", posted: 100, total: 250_000, mid: 115, width: 5 },
  { title: "Q&A: your questions", posted: 140, total: 2_500, mid: 150, width: 5 },
] as const;

/** Creates the sample account, or returns it when the creator already has one. The last reading is yesterday's. */
export async function createSampleAccount(creatorId: string, now = new Date()): Promise<AccountRecord> {
  const existing = (await listAccounts(creatorId)).find((a) => isSampleHandle(a.handle));
  if (existing) return existing;
  return prisma.$transaction(
    async (tx) => {
      const account = await insertAccount(
        creatorId,
        { platform: "tiktok", handle: SAMPLE_HANDLE, timeZone: "UTC", ruleSet: "article" },
        tx,
      );
      if (!account) throw new Error("The sample account was created concurrently.");
      const firstDay = addDays(dayIn("UTC", now), -DAYS);
      const videos: CurveVideo[] = [];
      for (const [i, video] of VIDEOS.entries()) {
        const created = await insertVideo(
          creatorId,
          account.id,
          { platformId: `sample-${i + 1}`, title: video.title, postedOn: addDays(firstDay, video.posted) },
          tx,
        );
        videos.push({
          videoId: created!.id,
          postedDay: video.posted,
          total: video.total,
          mid: video.mid,
          width: video.width,
        });
      }
      // Affiliate links on, so the estimate shows more than the Creator Fund's cents.
      await upsertEarningsSettings(creatorId, account.id, { ...DEFAULT_EARNINGS_SETTINGS, affiliate: true }, tx);
      await insertCurveHistory(creatorId, account.id, firstDay, DAYS, FOLLOWERS, videos, tx);
      await recomputeAccount(creatorId, account.id, tx);
      await recordLatestNoticesInApp(tx, creatorId, account.id, SAMPLE_NOTICES);
      return account;
    },
    { timeout: RECOMPUTE_TIMEOUT_MS },
  );
}

/** Deletes the creator's sample account with its videos and readings; nothing when there is none. */
export async function removeSampleAccount(creatorId: string): Promise<void> {
  const sample = (await listAccounts(creatorId)).find((a) => isSampleHandle(a.handle));
  if (sample) await deleteAccount(creatorId, sample.id);
}
