// What the export writes about the creator and their accounts beside the histories (export-pages.ts reads those):
// the profile, notification switches, webhook and tokens, and each account with its earnings settings and goals.
// Bounded by what a person sets up, not by days of history, so each is one query. Secrets (password hash, webhook
// signing secret, API token hashes) are never selected. Counts and money leave as numbers.
import { dateToDay } from "@/lib/time/days";
import type { Tx } from "./client";
import { fromDbCount as count } from "./counts";

const optionalDay = (date: Date | null) => (date ? dateToDay(date) : null);

/** The creator's profile, notification preferences, webhook (without its secret) and API tokens (without hashes); null when there is no such creator. */
export async function getExportProfile(creatorId: string, tx: Tx) {
  const creator = await tx.creator.findUnique({
    where: { id: creatorId },
    select: {
      id: true,
      email: true,
      name: true,
      isAdult: true,
      createdAt: true,
      preferences: {
        orderBy: [{ channel: "asc" }, { category: "asc" }],
        select: { channel: true, category: true, enabled: true },
      },
      webhook: { select: { url: true, format: true, createdAt: true } },
      apiTokens: {
        orderBy: { createdAt: "asc" },
        select: { name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
      },
    },
  });
  if (!creator) return null;
  return {
    creator: {
      id: creator.id,
      email: creator.email,
      name: creator.name,
      isAdult: creator.isAdult,
      createdAt: creator.createdAt.toISOString(),
    },
    notificationPreferences: creator.preferences,
    webhook: creator.webhook && {
      url: creator.webhook.url,
      format: creator.webhook.format,
      createdAt: creator.webhook.createdAt.toISOString(),
    },
    apiTokens: creator.apiTokens.map((t) => ({
      name: t.name,
      prefix: t.prefix,
      createdAt: t.createdAt.toISOString(),
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
      revokedAt: t.revokedAt?.toISOString() ?? null,
    })),
  };
}

export type ExportProfile = NonNullable<Awaited<ReturnType<typeof getExportProfile>>>;

/** The creator's accounts in the order they were added, each with its earnings settings (null: the defaults) and goals. */
export async function listExportAccounts(creatorId: string, tx: Tx) {
  const accounts = await tx.account.findMany({
    where: { creatorId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { earnings: true, goals: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  return accounts.map((a) => ({
    id: a.id,
    platform: a.platform,
    handle: a.handle,
    timeZone: a.timeZone,
    ruleSet: a.ruleSet,
    createdAt: a.createdAt.toISOString(),
    earningsSettings: a.earnings && {
      creatorFundLow: count(a.earnings.creatorFundLow),
      creatorFundHigh: count(a.earnings.creatorFundHigh),
      sponsorshipsLow: count(a.earnings.sponsorshipsLow),
      sponsorshipsHigh: count(a.earnings.sponsorshipsHigh),
      affiliateLow: count(a.earnings.affiliateLow),
      affiliateHigh: count(a.earnings.affiliateHigh),
      enrolledCreatorFund: a.earnings.enrolledCreatorFund,
      sponsorships: a.earnings.sponsorships,
      affiliate: a.earnings.affiliate,
    },
    goals: a.goals.map((g) => ({
      id: g.id,
      metric: g.metric,
      videoId: g.videoId,
      threshold: count(g.threshold),
      targetDay: optionalDay(g.targetDay),
      label: g.label,
    })),
  }));
}

export type ExportAccount = Awaited<ReturnType<typeof listExportAccounts>>[number];
