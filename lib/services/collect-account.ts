// One collection of a connected account (docs/collection.md): renew the authorisation when it has expired, read the
// account and every video as of now, create the videos Milepost does not track yet, and write the day's readings
// through the bulk write path (detection, notices as for a reading of today) in ONE transaction with the run's
// outcome: a run that fails part-way writes nothing. The schedule, "Collect now" and the command line all run this.
import { collectionSettings } from "@/lib/config";
import { prisma, type Tx } from "@/lib/db/client";
import {
  beginRun,
  collectedOnSchedule,
  finishRun,
  queueRun,
  reportRunProgress,
  type RunTrigger,
} from "@/lib/db/collection-runs";
import {
  findConnection,
  markCollected,
  markFailed,
  markNeedsReconnecting,
  saveTokens,
  type StoredConnection,
} from "@/lib/db/connections";
import { insertImportVideos, listImportCandidates } from "@/lib/db/import-videos";
import { AppError, notFoundError } from "@/lib/errors/app-error";
import { sendInTransaction } from "@/lib/jobs/queue";
import { collectorFor, type CollectedAccount, type Collector, type PlatformTokens } from "@/lib/platforms";
import { openSecret, sealSecret } from "@/lib/secrets";
import { dayIn, formatDay, type Day } from "@/lib/time/days";
import { writeNotices } from "./notify";
import { BULK_TIMEOUT_MS, writeReadings } from "./write-readings";

export const COLLECTION_QUEUE = "collection";

/** A collection job: the schedule's (no run yet) or "Collect now"'s (its queued run). */
export interface CollectionJob {
  creatorId: string;
  accountId: string;
  trigger: RunTrigger;
  runId?: string;
}

/** After this many failed runs in a row the creator gets one notice summing them up (and no more until a success). */
export const FAILURES_BEFORE_NOTICE = 3;

export interface CollectionOutcome {
  status: "succeeded" | "failed" | "needs_reconnecting" | "busy" | "already_collected";
  runId: string | null;
  day: Day;
  followers?: number;
  videos?: number;
  videosCreated?: number;
  readingsWritten?: number;
  error?: string;
}

export interface CollectOptions {
  trigger: RunTrigger;
  now?: Date;
  /** The run "Collect now" queued, which this takes over. */
  runId?: string;
  /** Progress: videos read so far and the total the platform reports. */
  onProgress?: (read: number, total: number) => void;
  /** The platform's client (tests and the benchmark pass one); else the platform's as configured. */
  collector?: Collector;
  /** Retries of one platform call on 429 / 5xx (defaults from lib/config). */
  retry?: { attempts: number; baseMs: number; sleep?: (ms: number) => Promise<void> };
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function sealTokens(tokens: PlatformTokens) {
  return {
    scopes: tokens.scopes,
    accessToken: sealSecret(tokens.accessToken),
    accessTokenExpiresAt: tokens.accessTokenExpiresAt,
    refreshToken: sealSecret(tokens.refreshToken),
    refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
  };
}

/** The platform calls of one run, each retried with backoff on 429 / 5xx, the access token renewed when it expired. */
function session(connection: StoredConnection, collector: Collector, options: CollectOptions, now: Date) {
  const settings = collectionSettings();
  const retry = options.retry ?? { attempts: settings.attempts, baseMs: settings.retryBaseMs };
  const sleep = retry.sleep ?? wait;
  let accessToken = openSecret(connection.accessToken);
  let refreshToken = openSecret(connection.refreshToken);
  const call = async <T>(request: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request();
      } catch (error) {
        if (collector.classify(error) !== "retryable" || attempt >= retry.attempts) throw error;
        const asked = collector.retryAfterMs(error);
        await sleep(Math.min(asked ?? retry.baseMs * 2 ** (attempt - 1), 60_000));
      }
    }
  };
  const renew = async () => {
    const tokens = await call(() => collector.refresh(refreshToken));
    await saveTokens(connection.creatorId, connection.id, sealTokens(tokens)); // at once: the old refresh token is dead
    accessToken = tokens.accessToken;
    refreshToken = tokens.refreshToken;
  };
  return {
    async read(onPage: (read: number, total: number, followers: number) => Promise<void>): Promise<CollectedAccount> {
      if (connection.accessTokenExpiresAt.getTime() <= now.getTime() + 60_000) await renew();
      try {
        return await collector.read(accessToken, { call, onPage });
      } catch (error) {
        if (collector.classify(error) !== "expired_access") throw error;
        await renew(); // revoked or expired early: one renewal, then the platform's word stands
        return collector.read(accessToken, { call, onPage });
      }
    },
  };
}

/** Writes the run's readings, the videos it found and its outcome, all or nothing. */
async function writeCollected(
  connection: StoredConnection,
  runId: string,
  day: Day,
  collected: CollectedAccount,
  now: Date,
): Promise<{ videosCreated: number; readingsWritten: number }> {
  const { creatorId, accountId, timeZone } = connection;
  return prisma.$transaction(
    async (tx: Tx) => {
      const known = async () => {
        const videos = await listImportCandidates(creatorId, accountId, tx);
        return {
          byPlatformId: new Map(videos.filter((v) => v.platformId).map((v) => [v.platformId!, v])),
          byUrl: new Map(videos.filter((v) => v.url).map((v) => [v.url!, v])),
        };
      };
      let videos = await known();
      const find = (v: CollectedAccount["videos"][number]) =>
        videos.byPlatformId.get(v.platformId) ?? (v.url ? videos.byUrl.get(v.url) : undefined);
      const missing = collected.videos.filter((v) => !find(v));
      const videosCreated = await insertImportVideos(
        creatorId,
        accountId,
        missing.map((v) => ({
          platformId: v.platformId,
          url: v.url ?? `tiktok:${v.platformId}`,
          title: v.title,
          postedOn: dayIn(timeZone, v.postedAt),
        })),
        tx,
      );
      if (missing.length) videos = await known();
      const readings = collected.videos.flatMap((v) => {
        const video = find(v);
        // A video Milepost has with a later posted day (typed by hand) keeps its word: no reading before it.
        if (!video || (video.postedOn && video.postedOn > day)) return [];
        return [{ videoId: video.id, day, views: v.views, likes: v.likes, comments: v.comments, shares: v.shares }];
      });
      const result = await writeReadings(
        creatorId,
        accountId,
        { account: [{ day, followers: collected.followers }], videos: readings },
        { tx, now, source: "collected", collectionId: runId },
      );
      await markCollected(creatorId, connection.id, now, tx);
      await finishRun(
        creatorId,
        runId,
        {
          status: "succeeded",
          at: new Date(),
          followers: collected.followers,
          videos: collected.videos.length,
          videoTotal: collected.videoTotal,
          videosCreated,
        },
        tx,
      );
      return { videosCreated, readingsWritten: result.videosWritten + result.accountWritten };
    },
    { timeout: BULK_TIMEOUT_MS, maxWait: 30_000 },
  );
}

/** The same local day, a while later (30 minutes, doubling with each failure), or null past its end. */
function retryLater(connection: StoredConnection, failures: number, now: Date): Date | null {
  const at = new Date(now.getTime() + 30 * 60_000 * 2 ** Math.min(failures, 5));
  return dayIn(connection.timeZone, at) === dayIn(connection.timeZone, now) ? at : null;
}

async function failedRun(
  connection: StoredConnection,
  runId: string,
  trigger: RunTrigger,
  error: string,
  now: Date,
): Promise<void> {
  const { creatorId } = connection;
  await prisma.$transaction(async (tx) => {
    const retryAt = trigger === "schedule" ? retryLater(connection, connection.failures, now) : null;
    const failures = await markFailed(creatorId, connection.id, error, retryAt, tx);
    await finishRun(creatorId, runId, { status: "failed", at: new Date(), error }, tx);
    if (failures !== FAILURES_BEFORE_NOTICE) return;
    const since = connection.lastCollectedAt ?? connection.connectedAt;
    await writeNotices(tx, creatorId, [
      {
        accountId: connection.accountId,
        kind: "connection",
        eventKey: `collection-failing:${connection.id}:${since.getTime()}`,
        category: "connection",
        ruleKey: null,
        day: null,
        title: `@${connection.handle}: Milepost could not collect your readings ${failures} times in a row`,
        body: `${connection.lastCollectedAt ? `The last collection that worked was on ${formatDay(dayIn(connection.timeZone, connection.lastCollectedAt))}.` : "No collection has worked yet."} Last error: ${error} Milepost keeps trying every day; readings typed or imported meanwhile are kept.`,
        link: `/accounts/${connection.accountId}/edit#connection`,
      },
    ]);
  });
}

async function needsReconnecting(connection: StoredConnection, runId: string, error: string): Promise<void> {
  const { creatorId } = connection;
  await prisma.$transaction(async (tx) => {
    await finishRun(creatorId, runId, { status: "needs_reconnecting", at: new Date(), error }, tx);
    if (!(await markNeedsReconnecting(creatorId, connection.id, error, tx))) return;
    await writeNotices(tx, creatorId, [
      {
        accountId: connection.accountId,
        kind: "connection",
        // Once per connection: reconnecting makes a new connected_at, so a later loss is told again.
        eventKey: `reconnect:${connection.id}:${connection.connectedAt.getTime()}`,
        category: "connection",
        ruleKey: null,
        day: null,
        title: `@${connection.handle}: reconnect ${connection.platform === "tiktok" ? "TikTok" : "the account"} to keep collecting`,
        body: `${error} Milepost has stopped collecting this account until you connect it again; your readings are kept, and typing or importing keeps working.`,
        link: `/accounts/${connection.accountId}/edit#connection`,
      },
    ]);
  });
}

/** Collects the account once (see the file's head). Never throws for the platform's failures: the outcome says. */
export async function collectAccount(
  creatorId: string,
  accountId: string,
  options: CollectOptions,
): Promise<CollectionOutcome> {
  const now = options.now ?? new Date();
  const connection = await findConnection(creatorId, accountId);
  if (!connection) throw notFoundError("Connection");
  const day = dayIn(connection.timeZone, now);
  const settings = collectionSettings();
  const runId = await prisma.$transaction(async (tx) => {
    if (options.trigger === "schedule" && (await collectedOnSchedule(creatorId, accountId, day, tx))) return "done";
    return beginRun(
      creatorId,
      accountId,
      { trigger: options.trigger, day, now, staleSeconds: settings.runTimeoutSeconds, queuedRunId: options.runId },
      tx,
    );
  });
  if (runId === "done") return { status: "already_collected", runId: null, day };
  if (!runId) return { status: "busy", runId: null, day };
  if (connection.status === "needs_reconnecting") {
    const error = "The connection needs reconnecting first.";
    await finishRun(creatorId, runId, { status: "needs_reconnecting", at: new Date(), error });
    return { status: "needs_reconnecting", runId, day, error };
  }
  const collector = options.collector ?? collectorFor(connection.platform);
  if (!collector) {
    const error =
      "This server is not set up to collect from TikTok any more (TIKTOK_CLIENT_KEY and TIKTOK_CLIENT_SECRET).";
    await finishRun(creatorId, runId, { status: "failed", at: new Date(), error });
    return { status: "failed", runId, day, error };
  }
  let collected: CollectedAccount;
  try {
    let reported = 0;
    collected = await session(connection, collector, options, now).read(async (read, total, followers) => {
      options.onProgress?.(read, total);
      if (read - reported < 100 && read < total) return; // a row update every 100 videos is progress enough
      reported = read;
      await reportRunProgress(creatorId, runId, { videos: read, videoTotal: total, followers });
    });
  } catch (error) {
    const sentence = collector.describe(error);
    const failure = collector.classify(error);
    if (failure === "reconnect" || failure === "expired_access") {
      await needsReconnecting(connection, runId, sentence);
      return { status: "needs_reconnecting", runId, day, error: sentence };
    }
    await failedRun(connection, runId, options.trigger, sentence, now);
    return { status: "failed", runId, day, error: sentence };
  }
  try {
    const written = await writeCollected(connection, runId, day, collected, now);
    return {
      status: "succeeded",
      runId,
      day,
      followers: collected.followers,
      videos: collected.videos.length,
      ...written,
    };
  } catch (error) {
    const sentence =
      error instanceof AppError
        ? `The readings could not be saved: ${error.message}`
        : "The readings could not be saved because of an error on this server.";
    if (!(error instanceof AppError)) console.error(`[collection] ${accountId}:`, error);
    await failedRun(connection, runId, options.trigger, sentence, now);
    return { status: "failed", runId, day, error: sentence };
  }
}

/** "Collect now": a queued run and its job (the worker runs it). */
export async function requestCollection(
  creatorId: string,
  accountId: string,
  options: { trigger: "now"; now?: Date },
): Promise<{ runId: string }> {
  const now = options.now ?? new Date();
  const connection = await findConnection(creatorId, accountId);
  if (!connection) throw notFoundError("Connection");
  if (connection.status === "needs_reconnecting")
    throw new AppError("CONFLICT", "This account needs reconnecting before Milepost can collect it.");
  const runId = await prisma.$transaction(async (tx) => {
    const id = await queueRun(creatorId, accountId, dayIn(connection.timeZone, now), now, tx);
    if (id) await enqueueCollection(tx, { creatorId, accountId, trigger: "now", runId: id });
    return id;
  });
  if (!runId) throw new AppError("CONFLICT", "A collection of this account is already under way.");
  return { runId };
}

/** Sends a collection job in the caller's transaction. */
export async function enqueueCollection(tx: Tx, job: CollectionJob): Promise<void> {
  await sendInTransaction(tx, COLLECTION_QUEUE, job, { expireInSeconds: collectionSettings().runTimeoutSeconds });
}
