// bench:collect's accounts: N creators with one account each, its VIDEOS videos known to Milepost (the fake TikTok's
// ids) with yesterday's readings written through the bulk write path (so today's collection is an ordinary day's:
// detection has a history, a few milestones are crossed), and — for the collected set — a connection whose sealed
// tokens the fake holds, due now. Set-based SQL for the rows, writeReadings for the readings.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { FakeTikTok, FakeUser } from "../../tests/support/fake-tiktok.ts";

export const VIDEOS = 50;
const CHUNK = 500; // accounts per statement

export interface BenchAccount {
  creatorId: string;
  accountId: string;
  user: FakeUser;
  /** Milepost's video id of each of the fake user's videos, in the same order. */
  videoIds: string[];
}

type WriteReadings = typeof import("@/lib/services/write-readings").writeReadings;

/** Runs `work` over `items`, `width` at a time. */
export async function inPool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/** N accounts named `<prefix>-<n>`, their videos and yesterday's readings (see the file's head). */
export async function seedAccounts(
  prisma: PrismaClient,
  writeReadings: WriteReadings,
  fake: FakeTikTok,
  { prefix, count, today, yesterday }: { prefix: string; count: number; today: string; yesterday: string },
  progress: (line: string) => void,
): Promise<BenchAccount[]> {
  const accounts: BenchAccount[] = Array.from({ length: count }, (_, n) => {
    const accountId = `${prefix}-${n}`;
    const user = fake.seedUser({ open_id: `${prefix}-open-${n}`, videos: VIDEOS, follower_count: 950 + (n % 100) });
    return {
      creatorId: `${prefix}-creator-${n}`,
      accountId,
      user,
      videoIds: user.videos.map((_, i) => `${accountId}-v${i}`),
    };
  });
  for (let from = 0; from < count; from += CHUNK) {
    const chunk = accounts.slice(from, from + CHUNK);
    const creators = chunk.map((a) => a.creatorId);
    const ids = chunk.map((a) => a.accountId);
    await prisma.$executeRaw`
      INSERT INTO creators (id, email, password_hash, is_adult, updated_at)
      SELECT c, c || '@bench.example.test', '-', true, now() FROM unnest(${creators}::text[]) AS c`;
    await prisma.$executeRaw`
      INSERT INTO accounts (id, creator_id, handle, time_zone, updated_at)
      SELECT a, c, a, 'UTC', now() FROM unnest(${ids}::text[], ${creators}::text[]) AS t(a, c)`;
    const videos = chunk.flatMap((a) =>
      a.user.videos.map((v, i) => ({ id: a.videoIds[i]!, accountId: a.accountId, v })),
    );
    await prisma.$executeRaw`
      INSERT INTO videos (id, account_id, platform_id, url, title, posted_on, updated_at)
      SELECT id, a, p, u, t, (to_timestamp(s) AT TIME ZONE 'UTC')::date, now()
      FROM unnest(${videos.map((x) => x.id)}::text[], ${videos.map((x) => x.accountId)}::text[],
                  ${videos.map((x) => x.v.id)}::text[], ${videos.map((x) => x.v.share_url)}::text[],
                  ${videos.map((x) => x.v.title)}::text[], ${videos.map((x) => x.v.create_time)}::bigint[]) AS t(id, a, p, u, t, s)`;
    progress(`  ${prefix}: ${Math.min(count, from + CHUNK)} of ${count} accounts and their videos`);
  }
  let written = 0;
  const now = new Date();
  await inPool(accounts, 4, async (a) => {
    // Yesterday: a little below today's figures (the fake's), so today's collection is an ordinary day's.
    await writeReadings(
      a.creatorId,
      a.accountId,
      {
        account: [{ day: yesterday, followers: a.user.follower_count - 10 }],
        videos: a.user.videos.map((v, i) => ({
          videoId: a.videoIds[i]!,
          day: yesterday,
          views: Math.floor(v.view_count * 0.97),
          likes: Math.floor(v.like_count * 0.97),
          comments: Math.floor(v.comment_count * 0.97),
          shares: Math.floor(v.share_count * 0.97),
        })),
      },
      { now, importId: "bench-seed", source: "imported" },
    );
    if (++written % 500 === 0 || written === count)
      progress(`  ${prefix}: yesterday's readings of ${written} of ${count} accounts (for ${today}'s collection)`);
  });
  return accounts;
}

/**
 * A TikTok connection for each account, due a minute ago, with tokens the fake holds (as connectTikTok would store
 * them). Every `expiredEvery`-th account's access token has expired, at the fake and in the row: its run renews it.
 */
export async function connectAccounts(
  prisma: PrismaClient,
  sealSecret: (plain: string) => string,
  fake: FakeTikTok,
  accounts: BenchAccount[],
  expiredEvery: number,
): Promise<number> {
  const now = Date.now();
  let expired = 0;
  const rows = accounts.map((a, n) => {
    const tokens = fake.grantTokens(a.user.open_id);
    const isExpired = n % expiredEvery === 0;
    if (isExpired) {
      fake.expireAccessToken(tokens.access_token);
      expired++;
    }
    return {
      ...a,
      scopes: tokens.scope,
      access: sealSecret(tokens.access_token),
      accessUntil: new Date(isExpired ? now - 3_600_000 : now + tokens.expires_in * 1000).toISOString(),
      refresh: sealSecret(tokens.refresh_token),
      refreshUntil: new Date(now + tokens.refresh_expires_in * 1000).toISOString(),
    };
  });
  for (let from = 0; from < rows.length; from += CHUNK) {
    const chunk = rows.slice(from, from + CHUNK);
    const column = <T>(pick: (row: (typeof rows)[number]) => T) => chunk.map(pick);
    await prisma.$executeRaw`
      INSERT INTO platform_connections (id, creator_id, account_id, platform, external_id, display_name, scopes,
        access_token, access_token_expires_at, refresh_token, refresh_token_expires_at, status, collect_hour,
        collect_offset_seconds, next_run_at, updated_at)
      SELECT 'conn-' || a, c, a, 'tiktok', o, 'Bench', string_to_array(s, ','),
        tok, au::timestamptz AT TIME ZONE 'UTC', rt, ru::timestamptz AT TIME ZONE 'UTC', 'active', 22, 0,
        ${new Date(now - 60_000).toISOString()}::timestamptz AT TIME ZONE 'UTC', now()
      FROM unnest(${column((r) => r.accountId)}::text[], ${column((r) => r.creatorId)}::text[],
                  ${column((r) => r.user.open_id)}::text[], ${column((r) => r.scopes)}::text[],
                  ${column((r) => r.access)}::text[], ${column((r) => r.accessUntil)}::text[],
                  ${column((r) => r.refresh)}::text[], ${column((r) => r.refreshUntil)}::text[])
        AS t(a, c, o, s, tok, au, rt, ru)`;
  }
  return expired;
}
