// Saving an account's earnings rates and stream switches.
import { prisma } from "@/lib/db/client";
import { upsertEarningsSettings } from "@/lib/db/earnings-settings";
import type { EarningsSettings } from "@/lib/earnings/rates";
import type { EarningsSettingsInput } from "@/lib/validation/earnings";

export function updateEarningsSettings(creatorId: string, input: EarningsSettingsInput): Promise<EarningsSettings> {
  const settings: EarningsSettings = {
    rpm: {
      creator_fund: { low: input.creatorFundLow, high: input.creatorFundHigh },
      sponsorships: { low: input.sponsorshipsLow, high: input.sponsorshipsHigh },
      affiliate: { low: input.affiliateLow, high: input.affiliateHigh },
    },
    enrolledCreatorFund: input.enrolledCreatorFund,
    sponsorships: input.sponsorships,
    affiliate: input.affiliate,
  };
  return prisma.$transaction((tx) => upsertEarningsSettings(creatorId, input.accountId, settings, tx));
}
