// Reads of the creator's accounts: the list, one account, and the account page (its videos, readings and next up).
import * as accounts from "@/lib/db/accounts";
import { listAccountSnapshots } from "@/lib/db/account-snapshots";
import { getNextUpInputs } from "@/lib/db/milestones";
import { listVideos } from "@/lib/db/videos";
import { accountNextUps, type AccountNextUp } from "@/lib/milestones";
import type { AccountRecord, AccountSummary } from "@/lib/models/account";
import type { AccountSnapshotRow } from "@/lib/models/account-snapshot";
import type { VideoWithLastReading } from "@/lib/models/video";
import { dayIn, type Day } from "@/lib/time/days";

/** The creator's accounts by handle, each with its video count and latest reading. */
export function listAccounts(creatorId: string): Promise<AccountSummary[]> {
  return accounts.listAccounts(creatorId);
}

/** One of the creator's accounts; NOT_FOUND when it is not theirs. */
export function getAccount(creatorId: string, accountId: string): Promise<AccountRecord> {
  return accounts.requireAccount(creatorId, accountId);
}

export interface AccountOverview {
  account: AccountRecord;
  /** The account's calendar day at `now`. */
  today: Day;
  videos: VideoWithLastReading[];
  snapshots: AccountSnapshotRow[];
  /** The account's series and every video's, toward their next thresholds. */
  nextUp: AccountNextUp;
}

/** The account page: its videos, its readings and next up on the account's day at `now`. */
export async function getAccountOverview(creatorId: string, accountId: string, now: Date): Promise<AccountOverview> {
  const [account, videos, snapshots, inputs] = await Promise.all([
    accounts.requireAccount(creatorId, accountId),
    listVideos(creatorId, accountId),
    listAccountSnapshots(creatorId, accountId),
    getNextUpInputs(creatorId, accountId),
  ]);
  const today = dayIn(account.timeZone, now);
  return { account, today, videos, snapshots, nextUp: accountNextUps(inputs, today) };
}
