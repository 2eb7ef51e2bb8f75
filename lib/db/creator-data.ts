// Everything a creator owns, read for the export, and the one delete that removes it all. Secrets (password hash,
// webhook signing secret, API token hashes) are never selected. Counts and money leave as numbers.
import { dateToDay } from "@/lib/days";
import { prisma, type Tx } from "./client";
import { fromDbCount, fromDbOptionalCount } from "./counts";
import { clearFailuresOfEmail } from "./sign-in-failures";
import { dayOfMonth, parseCounts, unfoldViews } from "@/lib/reading-months";

const day = (date: Date) => dateToDay(date);
const optionalDay = (date: Date | null) => (date ? dateToDay(date) : null);
const count = fromDbCount;
const optional = fromDbOptionalCount;

/** The creator's whole data set in one consistent read (a repeatable-read transaction); null when there is no such creator. */
export async function getCreatorData(creatorId: string) {
  const { creator, videoReadings } = await prisma.$transaction(
    async (tx) => ({
      creator: await tx.creator.findUnique({
        where: { id: creatorId },
        select: {
          id: true,
          email: true,
          name: true,
          isAdult: true,
          createdAt: true,
          preferences: { orderBy: [{ channel: "asc" }, { category: "asc" }], select: { channel: true, category: true, enabled: true } },
          webhook: { select: { url: true, format: true, createdAt: true } },
          apiTokens: { orderBy: { createdAt: "asc" }, select: { name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } },
          accounts: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            include: {
              snapshots: { orderBy: { day: "asc" } },
              videos: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
              goals: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
              crossings: { orderBy: [{ day: "asc" }, { ruleKey: "asc" }, { subjectId: "asc" }] },
              stateChanges: { orderBy: [{ day: "asc" }, { ruleKey: "asc" }] },
              earnings: true,
              income: { orderBy: [{ day: "asc" }, { createdAt: "asc" }] },
            },
          },
        },
      }),
      videoReadings: await listCreatorVideoReadings(creatorId, tx),
    }),
    { isolationLevel: "RepeatableRead", timeout: 120_000 },
  );
  if (!creator) return null;
  return {
    creator: { id: creator.id, email: creator.email, name: creator.name, isAdult: creator.isAdult, createdAt: creator.createdAt.toISOString() },
    notificationPreferences: creator.preferences,
    webhook: creator.webhook && { url: creator.webhook.url, format: creator.webhook.format, createdAt: creator.webhook.createdAt.toISOString() },
    apiTokens: creator.apiTokens.map((t) => ({ name: t.name, prefix: t.prefix, createdAt: t.createdAt.toISOString(), lastUsedAt: t.lastUsedAt?.toISOString() ?? null, revokedAt: t.revokedAt?.toISOString() ?? null })),
    accounts: creator.accounts.map((a) => ({
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
      readings: a.snapshots.map((s) => ({
        day: day(s.day),
        followers: count(s.followers),
        videoViews: optional(s.videoViews),
        profileViews: optional(s.profileViews),
        likes: optional(s.likes),
        comments: optional(s.comments),
        shares: optional(s.shares),
      })),
      videos: a.videos.map((v) => ({
        id: v.id,
        platformId: v.platformId,
        url: v.url,
        title: v.title,
        postedOn: optionalDay(v.postedOn),
        readings: videoReadings.get(v.id) ?? [],
      })),
      goals: a.goals.map((g) => ({ id: g.id, metric: g.metric, videoId: g.videoId, threshold: count(g.threshold), targetDay: optionalDay(g.targetDay), label: g.label })),
      milestones: {
        crossings: a.crossings.map((c) => ({ ruleKey: c.ruleKey, subjectType: c.subjectType, subjectId: c.subjectId, day: day(c.day), value: count(c.value), reachedBy: c.reachedBy })),
        stateChanges: a.stateChanges.map((s) => ({ ruleKey: s.ruleKey, kind: s.kind, day: day(s.day) })),
      },
      loggedIncome: a.income.map((i) => ({ id: i.id, day: day(i.day), stream: i.stream, amountMicros: count(i.amount), note: i.note })),
    })),
  };
}
type VideoReadingOut = { day: string; views: number; likes: number | null; comments: number | null; shares: number | null; saves: number | null };

/** Every video reading of the creator, per video, ascending by day (unfolded from the month rows). */
async function listCreatorVideoReadings(creatorId: string, tx: Tx): Promise<Map<string, VideoReadingOut[]>> {
  const rows = await tx.$queryRaw<{ video_id: string; month: Date; views: string; likes: string; comments: string; shares: string; saves: string }[]>`
    SELECT m.video_id, m.month, m.views::text AS views, m.likes::text AS likes, m.comments::text AS comments, m.shares::text AS shares, m.saves::text AS saves
    FROM video_reading_months m JOIN videos v ON v.id = m.video_id JOIN accounts a ON a.id = v.account_id
    WHERE a.creator_id = ${creatorId}
    ORDER BY m.video_id, m.month`;
  const byVideo = new Map<string, VideoReadingOut[]>();
  for (const row of rows) {
    const [likes, comments, shares, saves] = [row.likes, row.comments, row.shares, row.saves].map(parseCounts);
    const at = (cells: (number | null)[] | undefined, day: string) => cells?.[dayOfMonth(day) - 1] ?? null;
    let readings = byVideo.get(row.video_id);
    if (!readings) byVideo.set(row.video_id, (readings = []));
    for (const { day, views } of unfoldViews(dateToDay(row.month), parseCounts(row.views))) {
      readings.push({ day, views, likes: at(likes, day), comments: at(comments, day), shares: at(shares, day), saves: at(saves, day) });
    }
  }
  return byVideo;
}

export type CreatorData = NonNullable<Awaited<ReturnType<typeof getCreatorData>>>;

/** Deletes the creator; every row of theirs goes with it (ON DELETE CASCADE), and so do their e-mail's sign-in failure counts. */
export async function deleteCreator(creatorId: string, tx: Tx): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ email: string }[]>`DELETE FROM creators WHERE id = ${creatorId} RETURNING email`;
  if (!row) return false;
  await clearFailuresOfEmail(row.email, tx);
  return true;
}

/** Every creator's id and e-mail (the command line's recompute of all accounts). */
export function listCreators(): Promise<{ id: string; email: string }[]> {
  return prisma.creator.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, email: true } });
}
