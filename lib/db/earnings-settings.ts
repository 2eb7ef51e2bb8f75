// An account's earnings rates and stream switches. No row means the defaults (docs/domain.md "Estimated earnings").
import { DEFAULT_EARNINGS_SETTINGS, type EarningsSettings } from "@/lib/earnings/rates";
import { notFoundError } from "@/lib/errors/app-error";
import { requireAccount } from "./accounts";
import { prisma, type Tx } from "./client";

type Row = {
  creatorFundLow: bigint;
  creatorFundHigh: bigint;
  sponsorshipsLow: bigint;
  sponsorshipsHigh: bigint;
  affiliateLow: bigint;
  affiliateHigh: bigint;
  enrolledCreatorFund: boolean;
  sponsorships: boolean;
  affiliate: boolean;
};

function toSettings(row: Row): EarningsSettings {
  return {
    rpm: {
      creator_fund: { low: Number(row.creatorFundLow), high: Number(row.creatorFundHigh) },
      sponsorships: { low: Number(row.sponsorshipsLow), high: Number(row.sponsorshipsHigh) },
      affiliate: { low: Number(row.affiliateLow), high: Number(row.affiliateHigh) },
    },
    enrolledCreatorFund: row.enrolledCreatorFund,
    sponsorships: row.sponsorships,
    affiliate: row.affiliate,
  };
}

function toColumns(settings: EarningsSettings): Row {
  const { rpm } = settings;
  return {
    creatorFundLow: BigInt(rpm.creator_fund.low),
    creatorFundHigh: BigInt(rpm.creator_fund.high),
    sponsorshipsLow: BigInt(rpm.sponsorships.low),
    sponsorshipsHigh: BigInt(rpm.sponsorships.high),
    affiliateLow: BigInt(rpm.affiliate.low),
    affiliateHigh: BigInt(rpm.affiliate.high),
    enrolledCreatorFund: settings.enrolledCreatorFund,
    sponsorships: settings.sponsorships,
    affiliate: settings.affiliate,
  };
}

/** The account's settings, or the defaults when it has none saved. NOT_FOUND when the account is not the creator's. */
export async function getEarningsSettings(
  creatorId: string,
  accountId: string,
  tx: Tx = prisma,
): Promise<EarningsSettings> {
  const account = await tx.account.findFirst({ where: { id: accountId, creatorId }, select: { earnings: true } });
  if (!account) throw notFoundError("Account");
  return account.earnings ? toSettings(account.earnings) : DEFAULT_EARNINGS_SETTINGS;
}

/** Saves the settings (an upsert on the account id, so a first save and a later one are the same call). */
export async function upsertEarningsSettings(
  creatorId: string,
  accountId: string,
  settings: EarningsSettings,
  tx: Tx = prisma,
): Promise<EarningsSettings> {
  await requireAccount(creatorId, accountId, tx);
  const columns = toColumns(settings);
  const row = await tx.earningsSettings.upsert({
    where: { accountId },
    create: { accountId, ...columns },
    update: columns,
  });
  return toSettings(row);
}
