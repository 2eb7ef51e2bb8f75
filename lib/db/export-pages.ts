// The export's reads of an account's history, a page at a time in a stable order (keyset pagination: each page
// starts after the last row of the one before), so the export holds one page in memory however long the history.
// Run them in one repeatable-read transaction and every page comes from the same snapshot. Each read is scoped by
// the creator as well as the account: another creator's account id gives no rows.
import { Prisma } from "@/lib/generated/prisma/client";
import { dateToDay, type Day } from "@/lib/time/days";
import { dayOfMonth, parseCounts, unfoldViews } from "@/lib/db/reading-months";
import type { Tx } from "./client";
import type { AccountSnapshotRow } from "@/lib/models/account-snapshot";
import type { VideoSnapshotRow } from "@/lib/models/video-snapshot";
import { readingSourceOfCode } from "@/lib/models/readings";

export const EXPORT_PAGE_ROWS = 1_000;
/** Month rows hold up to 31 readings each: a page of them is some 6,000 readings. */
export const EXPORT_PAGE_MONTHS = 200;

const count = (value: bigint | number): number => Number(value);
const optional = (value: bigint | number | null): number | null => (value === null ? null : Number(value));

/** The last read started on each transaction: one connection answers one query at a time, so reads wait their turn. */
const lastRead = new WeakMap<Tx, Promise<unknown>>();

/** Starts `read` after the transaction's previous read. A failure reaches whoever awaits the result; a read ahead
 * that no one awaits any more (the export stopped) fails quietly rather than as an unhandled rejection. */
function inTurn<T>(tx: Tx, read: () => Promise<T>): Promise<T> {
  const started = (lastRead.get(tx) ?? Promise.resolve()).then(read, read);
  lastRead.set(
    tx,
    started.catch(() => undefined),
  );
  return started;
}

/**
 * Every row `readPage` gives, a page at a time; it is asked for the rows after the last one it gave. The next page
 * is read while the caller writes this one (the database works while the export formats and compresses).
 */
async function* keysetPages<Row>(
  tx: Tx,
  readPage: (after: Row | undefined) => Promise<Row[]>,
  pageSize: number,
): AsyncGenerator<Row[]> {
  let next: Promise<Row[]> | undefined = inTurn(tx, () => readPage(undefined));
  while (next) {
    const page: Row[] = await next;
    next = page.length === pageSize ? inTurn(tx, () => readPage(page[page.length - 1])) : undefined;
    if (page.length) yield page;
  }
}

export type AccountReadingOut = Omit<AccountSnapshotRow, "id">;

/** The account's readings, ascending by day. */
export async function* pageAccountReadings(
  creatorId: string,
  accountId: string,
  tx: Tx,
  pageSize = EXPORT_PAGE_ROWS,
): AsyncGenerator<AccountReadingOut[]> {
  const pages = keysetPages(
    tx,
    (after: { day: Date } | undefined) =>
      tx.accountSnapshot.findMany({
        where: { accountId, account: { creatorId }, ...(after ? { day: { gt: after.day } } : {}) },
        orderBy: { day: "asc" },
        take: pageSize,
        select: {
          day: true,
          followers: true,
          videoViews: true,
          profileViews: true,
          likes: true,
          comments: true,
          shares: true,
          source: true,
          replacedSource: true,
          replacedFollowers: true,
        },
      }),
    pageSize,
  );
  for await (const page of pages) {
    yield page.map((s) => ({
      day: dateToDay(s.day),
      followers: count(s.followers),
      videoViews: optional(s.videoViews),
      profileViews: optional(s.profileViews),
      likes: optional(s.likes),
      comments: optional(s.comments),
      shares: optional(s.shares),
      source: s.source,
      replacedSource: s.replacedSource,
      replacedFollowers: optional(s.replacedFollowers),
    }));
  }
}

export type VideoOut = {
  id: string;
  platformId: string | null;
  url: string | null;
  title: string | null;
  postedOn: Day | null;
};

interface VideoRow {
  id: string;
  created_at: string;
  platform_id: string | null;
  url: string | null;
  title: string | null;
  posted_on: string | null;
}

const videoOut = (v: VideoRow): VideoOut => ({
  id: v.id,
  platformId: v.platform_id,
  url: v.url,
  title: v.title,
  postedOn: v.posted_on,
});

/** The account's videos in the order they were added (then by id). */
export async function* pageVideos(
  creatorId: string,
  accountId: string,
  tx: Tx,
  pageSize = EXPORT_PAGE_ROWS,
): AsyncGenerator<VideoOut[]> {
  const pages = keysetPages(
    tx,
    (after: VideoRow | undefined) => tx.$queryRaw<VideoRow[]>`
      SELECT v.id, v.created_at::text AS created_at, v.platform_id, v.url, v.title, v.posted_on::text AS posted_on
      FROM videos v JOIN accounts a ON a.id = v.account_id AND a.creator_id = ${creatorId}
      WHERE v.account_id = ${accountId} ${after ? Prisma.sql`AND (v.created_at, v.id) > (${after.created_at}::timestamp, ${after.id})` : Prisma.empty}
      ORDER BY v.created_at, v.id
      LIMIT ${pageSize}`,
    pageSize,
  );
  for await (const page of pages) yield page.map(videoOut);
}

export type VideoReadingOut = Omit<VideoSnapshotRow, "id">;

/** One month of a video's readings (none for a video without readings, which comes once). */
export type VideoMonthOut = {
  video: VideoOut;
  readings: VideoReadingOut[];
};

type VideoMonthRow = VideoRow & {
  month: string | null;
  views: string | null;
  likes: string | null;
  comments: string | null;
  shares: string | null;
  saves: string | null;
  sources: string | null;
  replaced_sources: string | null;
};

/** An array's counts; most figures other than views are never given, and "{NULL,…}" needs no parsing. */
const countsOf = (text: string | null) => (text === null || !/\d/.test(text) ? [] : parseCounts(text));

function unfoldMonth(row: VideoMonthRow): VideoReadingOut[] {
  if (row.month === null) return [];
  const [likes, comments, shares, saves, sources, replaced] = [
    row.likes,
    row.comments,
    row.shares,
    row.saves,
    row.sources,
    row.replaced_sources,
  ].map(countsOf);
  const at = (cells: (number | null)[] | undefined, day: Day) => cells?.[dayOfMonth(day) - 1] ?? null;
  return unfoldViews(row.month, parseCounts(row.views)).map(({ day, views }) => ({
    day,
    views,
    likes: at(likes, day),
    comments: at(comments, day),
    shares: at(shares, day),
    saves: at(saves, day),
    source: readingSourceOfCode(at(sources, day)),
    replacedSource: readingSourceOfCode(at(replaced, day)),
  }));
}

/**
 * The account's videos (in pageVideos' order) with their readings, a month row at a time, ascending by day within
 * each video. The keyset is (video created_at, video id, month): a page may end inside a video's months. Every video
 * after the one the last page ended in gives at least one row, so the page's rows are among the next pageSize + 1
 * videos (that one included). The LIMIT inside the lateral join keeps PostgreSQL reading months video by video (an
 * index scan each, stopped early by the incremental sort) instead of joining whole tables and sorting every page.
 */
export async function* pageVideoMonths(
  creatorId: string,
  accountId: string,
  tx: Tx,
  pageSize = EXPORT_PAGE_MONTHS,
): AsyncGenerator<VideoMonthOut[]> {
  const pages = keysetPages(
    tx,
    (after: VideoMonthRow | undefined) => tx.$queryRaw<VideoMonthRow[]>`
      SELECT v.id, v.created_at::text AS created_at, v.platform_id, v.url, v.title, v.posted_on::text AS posted_on, m.month::text AS month, m.views, m.likes, m.comments, m.shares, m.saves,
        m.sources, m.replaced_sources
      FROM (
        SELECT v.* FROM videos v JOIN accounts a ON a.id = v.account_id AND a.creator_id = ${creatorId}
        WHERE v.account_id = ${accountId} ${after ? Prisma.sql`AND (v.created_at, v.id) >= (${after.created_at}::timestamp, ${after.id})` : Prisma.empty}
        ORDER BY v.created_at, v.id
        LIMIT ${pageSize + 1}
      ) v
      LEFT JOIN LATERAL (
        SELECT m.month, m.views::text AS views, m.likes::text AS likes, m.comments::text AS comments, m.shares::text AS shares, m.saves::text AS saves,
          m.sources::text AS sources, m.replaced_sources::text AS replaced_sources
        FROM video_reading_months m
        WHERE m.video_id = v.id ${after ? Prisma.sql`AND (m.video_id <> ${after.id} OR m.month > ${after.month}::date)` : Prisma.empty}
        ORDER BY m.month
        LIMIT ${pageSize}
      ) m ON true
      ${after ? Prisma.sql`WHERE NOT (v.id = ${after.id} AND m.month IS NULL)` : Prisma.empty}
      ORDER BY v.created_at, v.id, m.month
      LIMIT ${pageSize}`,
    pageSize,
  );
  for await (const page of pages) yield page.map((row) => ({ video: videoOut(row), readings: unfoldMonth(row) }));
}

export type CrossingOut = {
  ruleKey: string;
  subjectType: string;
  subjectId: string;
  day: Day;
  value: number;
  reachedBy: boolean;
  /** The title of the video the crossing is about (null for other subjects, or a video without a title). */
  videoTitle: string | null;
};

type CrossingRow = {
  rule_key: string;
  subject_type: string;
  subject_id: string;
  day: string;
  value: bigint;
  reached_by: boolean;
  video_title: string | null;
};

/** The account's milestone crossings, ascending by day, then rule and subject. */
export async function* pageCrossings(
  creatorId: string,
  accountId: string,
  tx: Tx,
  pageSize = EXPORT_PAGE_ROWS,
): AsyncGenerator<CrossingOut[]> {
  const pages = keysetPages(
    tx,
    (after: CrossingRow | undefined) => tx.$queryRaw<CrossingRow[]>`
      SELECT c.rule_key, c.subject_type, c.subject_id, c.day::text AS day, c.value, c.reached_by, v.title AS video_title
      FROM milestone_crossings c
      JOIN accounts a ON a.id = c.account_id AND a.creator_id = ${creatorId}
      LEFT JOIN videos v ON c.subject_type = 'video' AND v.id = c.subject_id AND v.account_id = c.account_id
      WHERE c.account_id = ${accountId}
        ${after ? Prisma.sql`AND c.day >= ${after.day}::date AND (c.day, c.rule_key, c.subject_id, c.subject_type) > (${after.day}::date, ${after.rule_key}, ${after.subject_id}, ${after.subject_type})` : Prisma.empty}
      ORDER BY c.day, c.rule_key, c.subject_id, c.subject_type
      LIMIT ${pageSize}`,
    pageSize,
  );
  for await (const page of pages) {
    yield page.map((c) => ({
      ruleKey: c.rule_key,
      subjectType: c.subject_type,
      subjectId: c.subject_id,
      day: c.day,
      value: count(c.value),
      reachedBy: c.reached_by,
      videoTitle: c.video_title,
    }));
  }
}

export type StateChangeOut = {
  ruleKey: string;
  kind: string;
  day: Day;
};

type StateChangeRow = { rule_key: string; kind: string; day: string };

/** The account's eligibility changes, ascending by day, then rule (one per rule and day). */
export async function* pageStateChanges(
  creatorId: string,
  accountId: string,
  tx: Tx,
  pageSize = EXPORT_PAGE_ROWS,
): AsyncGenerator<StateChangeOut[]> {
  const pages = keysetPages(
    tx,
    (after: StateChangeRow | undefined) => tx.$queryRaw<StateChangeRow[]>`
      SELECT s.rule_key, s.kind, s.day::text AS day
      FROM milestone_state_changes s JOIN accounts a ON a.id = s.account_id AND a.creator_id = ${creatorId}
      WHERE s.account_id = ${accountId} ${after ? Prisma.sql`AND (s.day, s.rule_key) > (${after.day}::date, ${after.rule_key})` : Prisma.empty}
      ORDER BY s.day, s.rule_key
      LIMIT ${pageSize}`,
    pageSize,
  );
  for await (const page of pages) yield page.map((s) => ({ ruleKey: s.rule_key, kind: s.kind, day: s.day }));
}

export type LoggedIncomeOut = {
  id: string;
  day: Day;
  stream: string;
  amountMicros: number;
  note: string | null;
};

type IncomeRow = { id: string; day: string; stream: string; amount: bigint; note: string | null; created_at: string };

/** The account's logged income, ascending by day, then by when it was logged. */
export async function* pageLoggedIncome(
  creatorId: string,
  accountId: string,
  tx: Tx,
  pageSize = EXPORT_PAGE_ROWS,
): AsyncGenerator<LoggedIncomeOut[]> {
  const pages = keysetPages(
    tx,
    (after: IncomeRow | undefined) => tx.$queryRaw<IncomeRow[]>`
      SELECT i.id, i.day::text AS day, i.stream::text AS stream, i.amount, i.note, i.created_at::text AS created_at
      FROM logged_income i JOIN accounts a ON a.id = i.account_id AND a.creator_id = ${creatorId}
      WHERE i.account_id = ${accountId}
        ${after ? Prisma.sql`AND i.day >= ${after.day}::date AND (i.day, i.created_at, i.id) > (${after.day}::date, ${after.created_at}::timestamp, ${after.id})` : Prisma.empty}
      ORDER BY i.day, i.created_at, i.id
      LIMIT ${pageSize}`,
    pageSize,
  );
  for await (const page of pages)
    yield page.map((i) => ({ id: i.id, day: i.day, stream: i.stream, amountMicros: count(i.amount), note: i.note }));
}
