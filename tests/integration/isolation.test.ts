/// <reference types="vite/client" />
// Creator B, calling every service and query function with creator A's ids, gets NOT_FOUND (404)
// and leaves A's data as it was. The table must name every exported function of lib/db, lib/queries
// and lib/services: a new function (or module) that is not listed here fails the "covers" test.
import { beforeAll, describe, expect, test } from "vitest";
import { prisma, type Tx } from "@/lib/db/client";
import * as accountsDb from "@/lib/db/accounts";
import type { ImportRunRecord } from "@/lib/models/import-run";
import * as videosDb from "@/lib/db/videos";
import * as accountSnapshotsDb from "@/lib/db/account-snapshots";
import * as videoSnapshotsDb from "@/lib/db/video-snapshots";
import * as manageAccounts from "@/lib/services/manage-accounts";
import * as manageVideos from "@/lib/services/manage-videos";
import * as recordSnapshots from "@/lib/services/record-snapshots";
import * as editSnapshots from "@/lib/services/edit-snapshots";
import * as readingChecks from "@/lib/services/reading-checks";
import * as updateSettings from "@/lib/services/update-settings";
import * as goalsDb from "@/lib/db/goals";
import * as detectionInputsDb from "@/lib/db/detection-inputs";
import * as accountVideoDaysDb from "@/lib/db/account-video-days";
import * as milestoneEventsDb from "@/lib/db/milestone-events";
import * as milestonesDb from "@/lib/db/milestones";
import * as detectMilestones from "@/lib/services/detect-milestones";
import * as recomputeMilestones from "@/lib/services/recompute-milestones";
import * as manageGoals from "@/lib/services/manage-goals";
import * as dashboardDb from "@/lib/db/dashboard";
import * as videoChartDb from "@/lib/db/video-chart";
import * as earningsSettingsDb from "@/lib/db/earnings-settings";
import * as loggedIncomeDb from "@/lib/db/logged-income";
import * as updateEarningsSettings from "@/lib/services/update-earnings-settings";
import * as manageIncome from "@/lib/services/manage-income";
import * as earningsQueries from "@/lib/queries/earnings";
import { DEFAULT_EARNINGS_SETTINGS } from "@/lib/earnings";
import * as dashboardQueries from "@/lib/queries/dashboard";
import * as sampleHistoryDb from "@/lib/db/sample-history";
import * as sampleData from "@/lib/services/sample-data";
import * as notificationsDb from "@/lib/db/notifications";
import * as notify from "@/lib/services/notify";
import * as bulkReadingsDb from "@/lib/db/bulk-readings";
import * as writeReadings from "@/lib/services/write-readings";
import * as importRunsDb from "@/lib/db/import-runs";
import * as importVideosDb from "@/lib/db/import-videos";
import * as importTikTok from "@/lib/services/import-tiktok";
import * as readNotices from "@/lib/services/read-notices";
import * as notificationSettingsDb from "@/lib/db/notification-settings";
import * as manageNotificationSettings from "@/lib/services/manage-notification-settings";
import { unsubscribePath } from "@/lib/notifications/unsubscribe";
import * as apiTokensDb from "@/lib/db/api-tokens";
import * as readingsInRangeDb from "@/lib/db/readings-in-range";
import * as manageApiTokens from "@/lib/services/manage-api-tokens";
import * as limitApiRequests from "@/lib/services/limit-api-requests";
import * as writeApiBatch from "@/lib/services/write-api-batch";
import { strFromU8, unzipSync } from "fflate";
import * as creatorDataDb from "@/lib/db/creator-data";
import * as creatorExportDb from "@/lib/db/creator-export";
import * as exportPagesDb from "@/lib/db/export-pages";
import * as exportData from "@/lib/queries/export-data";
import * as importMilepostCsv from "@/lib/services/import-milepost-csv";
import * as deleteCreator from "@/lib/services/delete-creator";
import * as sessionsDb from "@/lib/db/sessions";
import * as sessions from "@/lib/services/sessions";
import * as changePassword from "@/lib/services/change-password";
import * as accountsQueries from "@/lib/queries/accounts";
import * as videosQueries from "@/lib/queries/videos";
import * as goalsQueries from "@/lib/queries/goals";
import * as timelineQueries from "@/lib/queries/timeline";
import * as snapshotsQueries from "@/lib/queries/snapshots";
import * as noticesQueries from "@/lib/queries/notices";
import * as sessionsQueries from "@/lib/queries/sessions";
import * as apiTokensQueries from "@/lib/queries/api-tokens";
import * as importRunsQueries from "@/lib/queries/import-runs";
import * as notificationSettingsQueries from "@/lib/queries/notification-settings";
import * as unsubscribeLinkQueries from "@/lib/queries/unsubscribe-link";
import * as healthQueries from "@/lib/queries/health";
import * as connectionsDb from "@/lib/db/connections";
import * as collectionRunsDb from "@/lib/db/collection-runs";
import * as collectAccount from "@/lib/services/collect-account";
import * as connectAccount from "@/lib/services/connect-account";
import * as connectionPanelDb from "@/lib/db/connection-panel";
import * as connectionsQueries from "@/lib/queries/connections";
import { randomBytes, scryptSync } from "node:crypto";
import { appErrorOf, createCreator } from "./fixtures";

interface Ids {
  creatorA: string;
  creatorB: string;
  accountB: string;
  accountA: string;
  accountA2: string;
  videoA: string;
  videoA2: string;
  accountSnapshotA: string;
  videoSnapshotA: string;
  goalA: string;
  incomeA: string;
  noticeA: string;
}
type Operation = (ids: Ids) => Promise<unknown>;

const NOW = new Date("2026-11-24T12:00:00Z");
const DAY = "2026-11-20";
const account = { platform: "tiktok", handle: "hijacked", timeZone: "UTC", ruleSet: "article" } as const;
const crossing = {
  ruleKey: "video.views.1k",
  subjectType: "video",
  subjectId: "x",
  day: DAY,
  value: 1000,
  reachedBy: false,
} as const;
const rates = {
  creatorFundLow: 1,
  creatorFundHigh: 2,
  sponsorshipsLow: 1,
  sponsorshipsHigh: 2,
  affiliateLow: 1,
  affiliateHigh: 2,
  enrolledCreatorFund: true,
  sponsorships: true,
  affiliate: true,
};
const income = { day: DAY, stream: "brand_deal", amount: 1_000_000 } as const;
const inTx = <T>(work: (tx: Tx) => Promise<T>) => prisma.$transaction(work);
const notice = (accountId: string, eventKey = "test:isolation") =>
  ({
    accountId,
    kind: "test",
    eventKey,
    category: null,
    ruleKey: null,
    day: null,
    title: "A's notice",
    body: "",
    link: "/dashboard",
    showInApp: true,
  }) as const;
// A's TikTok connection (tokens as stored: sealed text) and a queued collection run of it.
const connectionOfA = {
  platform: "tiktok" as const,
  externalId: "open-id-of-a",
  displayName: "A on TikTok",
  scopes: ["user.info.basic"],
  accessToken: "sealed-access-of-a",
  accessTokenExpiresAt: new Date("2100-01-01"),
  refreshToken: "sealed-refresh-of-a",
  refreshTokenExpiresAt: new Date("2100-01-01"),
  collectOffsetSeconds: 0,
  nextRunAt: new Date("2100-01-01"),
};
const RUN_OF_A = "run-of-a";
const newConnection = { ...connectionOfA, externalId: "open-id-of-b", collectHour: 22 };
const runInput = { trigger: "now", day: DAY, now: NOW, staleSeconds: 900 } as const;

/** One API token of A's, made on first use (its id is what B tries to revoke or touch). */
let apiTokenOfA: Promise<manageApiTokens.CreatedApiToken> | undefined;
const tokenOfA = (i: Ids) => (apiTokenOfA ??= manageApiTokens.createApiToken(i.creatorA, { name: "A's token" }));
const tokensOfA = (i: Ids) => prisma.apiToken.findMany({ where: { creatorId: i.creatorA }, orderBy: { id: "asc" } });
const events = { crossings: [{ ...crossing, day: "2026-11-24" }], stateChanges: [] };

// The TikTok import: an import run of A's (created on first use) must stay as it was after B's attempts.
const tiktokCsv = {
  name: "FollowerHistory.csv",
  bytes: new TextEncoder().encode('"Date","Followers"\n"2026-11-20","5"\n'),
};
let importRunA: Promise<ImportRunRecord> | undefined;
const importRunOfA = (i: Ids) => (importRunA ??= importRunsDb.insertImportRun(i.creatorA, i.accountA, "tiktok"));
async function importRunUnchanged(i: Ids, attempt: (runId: string) => Promise<unknown>): Promise<unknown> {
  const run = await importRunOfA(i);
  try {
    return await attempt(run.id);
  } finally {
    expect(await importRunsDb.requireImportRun(i.creatorA, run.id)).toEqual(run);
  }
}

/** Every function that takes an id of a creator-owned record, called by B with A's ids. */
const foreignIdOperations: Record<string, Operation> = {
  "db/connection-panel.readConnectionPanel": (i) => connectionPanelDb.readConnectionPanel(i.creatorB, i.accountA, 30),
  "db/connection-panel.requireCollectionRun": (i) =>
    connectionPanelDb.requireCollectionRun(i.creatorB, i.accountA, RUN_OF_A),
  "queries/connections.getConnectionPanel": (i) => connectionsQueries.getConnectionPanel(i.creatorB, i.accountA, NOW),
  "queries/connections.getCollectionRun": (i) => connectionsQueries.getCollectionRun(i.creatorB, i.accountA, RUN_OF_A),
  "db/accounts.requireAccount": (i) => accountsDb.requireAccount(i.creatorB, i.accountA),
  "db/accounts.updateAccount": (i) => accountsDb.updateAccount(i.creatorB, i.accountA, account),
  "db/accounts.deleteAccount": (i) => accountsDb.deleteAccount(i.creatorB, i.accountA),
  "db/videos.listVideos": (i) => videosDb.listVideos(i.creatorB, i.accountA),
  "db/videos.requireVideo": (i) => videosDb.requireVideo(i.creatorB, i.accountA, i.videoA),
  "db/videos.requireVideos": (i) => videosDb.requireVideos(i.creatorB, i.accountA, [i.videoA]),
  "db/videos.findVideoDuplicates": (i) => videosDb.findVideoDuplicates(i.creatorB, i.accountA, { platformId: "100" }),
  "db/videos.insertVideo": (i) => videosDb.insertVideo(i.creatorB, i.accountA, { platformId: "1" }),
  "db/videos.updateVideo": (i) => videosDb.updateVideo(i.creatorB, i.accountA, i.videoA, { platformId: "2" }),
  "db/videos.deleteVideo": (i) => videosDb.deleteVideo(i.creatorB, i.accountA, i.videoA),
  "db/videos.findVideosOfAccount": (i) => videosDb.findVideosOfAccount(i.creatorB, i.accountA, [i.videoA]),
  "services/write-readings.writeReadings": (i) =>
    writeReadings.writeReadings(
      i.creatorB,
      i.accountA,
      { account: [{ day: "2026-11-20", followers: 1 }], videos: [] },
      { now: NOW, source: "api" },
    ),
  "db/collection-runs.beginRun": (i) => inTx((tx) => collectionRunsDb.beginRun(i.creatorB, i.accountA, runInput, tx)),
  "db/collection-runs.queueRun": (i) => inTx((tx) => collectionRunsDb.queueRun(i.creatorB, i.accountA, DAY, NOW, tx)),
  "services/collect-account.collectAccount": (i) =>
    collectAccount.collectAccount(i.creatorB, i.accountA, { trigger: "now", now: NOW }),
  "services/collect-account.requestCollection": (i) =>
    collectAccount.requestCollection(i.creatorB, i.accountA, { trigger: "now", now: NOW }),
  "services/connect-account.connectTikTok": (i) =>
    connectAccount.connectTikTok(i.creatorB, i.accountA, { code: "c", codeVerifier: "v", redirectUri: "http://x/" }),
  "services/connect-account.disconnectAccount": (i) => connectAccount.disconnectAccount(i.creatorB, i.accountA),
  "db/import-videos.listImportCandidates": (i) => importVideosDb.listImportCandidates(i.creatorB, i.accountA),
  "db/import-videos.findExistingReadings": (i) =>
    importVideosDb.findExistingReadings(i.creatorB, i.accountA, [DAY], [i.videoA], [DAY]),
  "db/import-runs.insertImportRun": (i) => importRunsDb.insertImportRun(i.creatorB, i.accountA, "tiktok"),
  "db/import-runs.requireImportRun": async (i) => importRunsDb.requireImportRun(i.creatorB, (await importRunOfA(i)).id),
  "db/import-runs.updateImportRunProgress": async (i) =>
    importRunUnchanged(i, (id) => importRunsDb.updateImportRunProgress(i.creatorB, id, 50)),
  "db/import-runs.finishImportRun": async (i) =>
    importRunUnchanged(i, (id) => importRunsDb.finishImportRun(i.creatorB, id, { status: "failed", message: "B" })),
  "services/import-tiktok.previewTikTokImport": (i) =>
    importTikTok.previewTikTokImport(i.creatorB, i.accountA, [tiktokCsv], { now: NOW }),
  "services/import-tiktok.createTikTokImportRun": (i) => importTikTok.createTikTokImportRun(i.creatorB, i.accountA),
  "queries/import-runs.getImportRun": async (i) =>
    importRunsQueries.getImportRun(i.creatorB, (await importRunOfA(i)).id),
  "services/import-tiktok.runTikTokImport": async (i) =>
    importRunUnchanged(i, (id) =>
      importTikTok.runTikTokImport(i.creatorB, i.accountA, [tiktokCsv], { exportDay: DAY, now: NOW, importRunId: id }),
    ),
  "db/account-snapshots.listAccountSnapshots": (i) => accountSnapshotsDb.listAccountSnapshots(i.creatorB, i.accountA),
  "db/account-snapshots.requireAccountSnapshot": (i) =>
    accountSnapshotsDb.requireAccountSnapshot(i.creatorB, i.accountA, i.accountSnapshotA),
  "db/account-snapshots.findAccountSnapshotOn": (i) =>
    accountSnapshotsDb.findAccountSnapshotOn(i.creatorB, i.accountA, DAY),
  "db/account-snapshots.upsertAccountSnapshot": (i) =>
    accountSnapshotsDb.upsertAccountSnapshot(i.creatorB, i.accountA, DAY, { followers: 1 }, "typed"),
  "db/account-snapshots.updateAccountSnapshot": (i) =>
    accountSnapshotsDb.updateAccountSnapshot(
      i.creatorB,
      i.accountA,
      i.accountSnapshotA,
      DAY,
      { followers: 1 },
      "typed",
    ),
  "db/account-snapshots.deleteAccountSnapshot": (i) =>
    accountSnapshotsDb.deleteAccountSnapshot(i.creatorB, i.accountA, i.accountSnapshotA),
  "db/video-snapshots.listVideoSnapshots": (i) => videoSnapshotsDb.listVideoSnapshots(i.creatorB, i.accountA, i.videoA),
  "db/video-snapshots.requireVideoSnapshot": (i) =>
    videoSnapshotsDb.requireVideoSnapshot(i.creatorB, i.accountA, i.videoA, i.videoSnapshotA),
  "db/video-snapshots.findVideoSnapshotOn": (i) =>
    videoSnapshotsDb.findVideoSnapshotOn(i.creatorB, i.accountA, i.videoA, DAY),
  "db/video-snapshots.findFirstReadingDay": (i) =>
    videoSnapshotsDb.findFirstReadingDay(i.creatorB, i.accountA, i.videoA),
  "db/video-snapshots.findPreviousReadings": (i) =>
    videoSnapshotsDb.findPreviousReadings(i.creatorB, i.accountA, [i.videoA], "2026-11-23"),
  "db/video-snapshots.upsertVideoSnapshots": (i) =>
    videoSnapshotsDb.upsertVideoSnapshots(
      i.creatorB,
      i.accountA,
      [{ videoId: i.videoA, day: DAY, figures: { views: 1 } }],
      "typed",
    ),
  "db/video-snapshots.updateVideoSnapshot": (i) =>
    videoSnapshotsDb.updateVideoSnapshot(
      i.creatorB,
      i.accountA,
      i.videoA,
      i.videoSnapshotA,
      DAY,
      { views: 1 },
      "typed",
    ),
  "db/video-snapshots.deleteVideoSnapshot": (i) =>
    videoSnapshotsDb.deleteVideoSnapshot(i.creatorB, i.accountA, i.videoA, i.videoSnapshotA),
  "services/manage-accounts.updateAccount": (i) =>
    manageAccounts.updateAccount(i.creatorB, { accountId: i.accountA, ...account }),
  "services/manage-accounts.changeAccount": (i) =>
    manageAccounts.changeAccount(i.creatorB, i.accountA, { handle: "hijacked" }),
  "services/manage-accounts.deleteAccount": (i) => manageAccounts.deleteAccount(i.creatorB, { accountId: i.accountA }),
  "services/manage-videos.createVideo": (i) =>
    manageVideos.createVideo(i.creatorB, { accountId: i.accountA, platformId: "3" }, NOW),
  "services/manage-videos.updateVideo": (i) =>
    manageVideos.updateVideo(i.creatorB, { accountId: i.accountA, videoId: i.videoA, platformId: "4" }, NOW),
  "services/manage-videos.deleteVideo": (i) =>
    manageVideos.deleteVideo(i.creatorB, { accountId: i.accountA, videoId: i.videoA }),
  "services/record-snapshots.recordDay": (i) =>
    recordSnapshots.recordDay(
      i.creatorB,
      { accountId: i.accountA, day: DAY, followers: 1, videos: [{ videoId: i.videoA, views: 1 }] },
      NOW,
    ),
  "services/record-snapshots.recordVideoSnapshot": (i) =>
    recordSnapshots.recordVideoSnapshot(
      i.creatorB,
      { accountId: i.accountA, videoId: i.videoA, day: DAY, views: 1 },
      NOW,
    ),
  "services/edit-snapshots.updateAccountSnapshot": (i) =>
    editSnapshots.updateAccountSnapshot(
      i.creatorB,
      { accountId: i.accountA, snapshotId: i.accountSnapshotA, day: DAY, followers: 1 },
      NOW,
    ),
  "services/edit-snapshots.deleteAccountSnapshot": (i) =>
    editSnapshots.deleteAccountSnapshot(i.creatorB, { accountId: i.accountA, snapshotId: i.accountSnapshotA }),
  "services/edit-snapshots.updateVideoSnapshot": (i) =>
    editSnapshots.updateVideoSnapshot(
      i.creatorB,
      { accountId: i.accountA, videoId: i.videoA, snapshotId: i.videoSnapshotA, day: DAY, views: 1 },
      NOW,
    ),
  "services/edit-snapshots.deleteVideoSnapshot": (i) =>
    editSnapshots.deleteVideoSnapshot(i.creatorB, {
      accountId: i.accountA,
      videoId: i.videoA,
      snapshotId: i.videoSnapshotA,
    }),
  "db/goals.listGoals": (i) => goalsDb.listGoals(i.creatorB, i.accountA),
  "db/goals.requireGoal": (i) => goalsDb.requireGoal(i.creatorB, i.accountA, i.goalA),
  "db/goals.insertGoal": (i) =>
    goalsDb.insertGoal(i.creatorB, i.accountA, { metric: "account.followers", threshold: 5 }),
  "db/goals.updateGoal": (i) =>
    goalsDb.updateGoal(i.creatorB, i.accountA, i.goalA, { metric: "account.followers", threshold: 5 }),
  "db/goals.deleteGoal": (i) => goalsDb.deleteGoal(i.creatorB, i.accountA, i.goalA),
  "db/detection-inputs.lockAccountForDetection": (i) =>
    inTx((tx) => detectionInputsDb.lockAccountForDetection(i.creatorB, i.accountA, tx)),
  "db/detection-inputs.getDetectionSettings": (i) => detectionInputsDb.getDetectionSettings(i.creatorB, i.accountA),
  "db/detection-inputs.listAccountReadings": (i) => detectionInputsDb.listAccountReadings(i.creatorB, i.accountA),
  "db/detection-inputs.listVideoHistories": (i) =>
    detectionInputsDb.listVideoHistories(i.creatorB, i.accountA, [i.videoA]),
  "db/detection-inputs.listVideoHistoryPage": (i) =>
    detectionInputsDb.listVideoHistoryPage(i.creatorB, i.accountA, null, 10),
  "db/account-video-days.applyVideoDayDeltas": (i) =>
    inTx((tx) =>
      accountVideoDaysDb.applyVideoDayDeltas(i.creatorB, i.accountA, [{ day: DAY, gains: 5, readings: 1 }], tx),
    ),
  "db/account-video-days.getVideoGainAggregates": (i) =>
    accountVideoDaysDb.getVideoGainAggregates(i.creatorB, i.accountA),
  "db/account-video-days.replaceVideoDays": (i) =>
    inTx((tx) => accountVideoDaysDb.replaceVideoDays(i.creatorB, i.accountA, new Map([[DAY, 5]]), new Map(), tx)),
  "db/milestone-events.replaceCrossings": (i) =>
    inTx((tx) => milestoneEventsDb.replaceCrossings(i.creatorB, i.accountA, "all", [crossing], tx)),
  "db/milestone-events.replaceStateChanges": (i) =>
    inTx((tx) =>
      milestoneEventsDb.replaceStateChanges(
        i.creatorB,
        i.accountA,
        [{ ruleKey: "eligible.live", kind: "gained", day: DAY }],
        tx,
      ),
    ),
  "db/milestone-events.listEarliestVideoCrossings": (i) =>
    milestoneEventsDb.listEarliestVideoCrossings(i.creatorB, i.accountA, ["video.views.100"]),
  "db/milestone-events.listStoredDetection": (i) => milestoneEventsDb.listStoredDetection(i.creatorB, i.accountA),
  "db/milestones.getTimeline": (i) => milestonesDb.getTimeline(i.creatorB, i.accountA),
  "db/milestones.listVideoMilestones": (i) => milestonesDb.listVideoMilestones(i.creatorB, i.accountA, i.videoA),
  "db/milestones.getNextUpInputs": (i) => milestonesDb.getNextUpInputs(i.creatorB, i.accountA),
  "services/detect-milestones.startDetection": (i) =>
    inTx((tx) => detectMilestones.startDetection(tx, i.creatorB, i.accountA, [i.videoA])),
  "services/recompute-milestones.recomputeAccount": (i) => recomputeMilestones.recomputeAccount(i.creatorB, i.accountA),
  "services/manage-goals.createGoal": (i) =>
    manageGoals.createGoal(i.creatorB, { accountId: i.accountA, metric: "account.followers", threshold: 5 }),
  "services/manage-goals.updateGoal": (i) =>
    manageGoals.updateGoal(i.creatorB, {
      accountId: i.accountA,
      goalId: i.goalA,
      metric: "account.followers",
      threshold: 5,
    }),
  "services/manage-goals.deleteGoal": (i) =>
    manageGoals.deleteGoal(i.creatorB, { accountId: i.accountA, goalId: i.goalA }),
  "db/dashboard.listStateChanges": (i) => dashboardDb.listStateChanges(i.creatorB, i.accountA),
  "db/dashboard.getDashboardSeries": (i) => dashboardDb.getDashboardSeries(i.creatorB, i.accountA, "all", DAY),
  "db/video-chart.getVideoViewsSeries": (i) =>
    videoChartDb.getVideoViewsSeries(i.creatorB, i.accountA, i.videoA, "all", DAY),
  "queries/dashboard.loadDashboard": (i) => dashboardQueries.loadDashboard(i.creatorB, i.accountA, "90d", NOW),
  "db/earnings-settings.getEarningsSettings": (i) => earningsSettingsDb.getEarningsSettings(i.creatorB, i.accountA),
  "db/earnings-settings.upsertEarningsSettings": (i) =>
    earningsSettingsDb.upsertEarningsSettings(i.creatorB, i.accountA, DEFAULT_EARNINGS_SETTINGS),
  "db/logged-income.listIncome": (i) => loggedIncomeDb.listIncome(i.creatorB, i.accountA),
  "db/logged-income.insertIncome": (i) => loggedIncomeDb.insertIncome(i.creatorB, i.accountA, income),
  "db/logged-income.deleteIncome": (i) => loggedIncomeDb.deleteIncome(i.creatorB, i.accountA, i.incomeA),
  "services/update-earnings-settings.updateEarningsSettings": (i) =>
    updateEarningsSettings.updateEarningsSettings(i.creatorB, { accountId: i.accountA, ...rates }),
  "services/manage-income.logIncome": (i) => manageIncome.logIncome(i.creatorB, { accountId: i.accountA, ...income }),
  "services/manage-income.deleteIncome": (i) =>
    manageIncome.deleteIncome(i.creatorB, { accountId: i.accountA, incomeId: i.incomeA }),
  "queries/earnings.getEarningsInputs": (i) => earningsQueries.getEarningsInputs(i.creatorB, i.accountA),
  "queries/earnings.getCumulativeEstimates": (i) => earningsQueries.getCumulativeEstimates(i.creatorB, i.accountA),
  "queries/earnings.getEarningsOverview": (i) =>
    earningsQueries.getEarningsOverview(i.creatorB, i.accountA, NOW, { viewsPerDay: 100 }),
  // The pages' reads: each one is NOT_FOUND for another creator's account (or record of it).
  "queries/accounts.getAccount": (i) => accountsQueries.getAccount(i.creatorB, i.accountA),
  "queries/accounts.getAccountOverview": (i) => accountsQueries.getAccountOverview(i.creatorB, i.accountA, NOW),
  "queries/videos.listVideos": (i) => videosQueries.listVideos(i.creatorB, i.accountA),
  "queries/videos.listVideoOptions": (i) => videosQueries.listVideoOptions(i.creatorB, i.accountA),
  "queries/videos.getVideo": (i) => videosQueries.getVideo(i.creatorB, i.accountA, i.videoA),
  "queries/videos.getVideoOverview": (i) =>
    videosQueries.getVideoOverview(i.creatorB, i.accountA, i.videoA, "90d", NOW),
  "queries/goals.getGoal": (i) => goalsQueries.getGoal(i.creatorB, i.accountA, i.goalA),
  "queries/goals.getGoalsOverview": (i) => goalsQueries.getGoalsOverview(i.creatorB, i.accountA, NOW),
  "queries/timeline.getTimeline": (i) => timelineQueries.getTimeline(i.creatorB, i.accountA),
  "queries/timeline.getTimelineOverview": (i) => timelineQueries.getTimelineOverview(i.creatorB, i.accountA),
  "queries/snapshots.getAccountSnapshot": (i) =>
    snapshotsQueries.getAccountSnapshot(i.creatorB, i.accountA, i.accountSnapshotA),
  "queries/snapshots.getVideoSnapshot": (i) =>
    snapshotsQueries.getVideoSnapshot(i.creatorB, i.accountA, i.videoA, i.videoSnapshotA),
  "queries/snapshots.listReadingsInRange": (i) => snapshotsQueries.listReadingsInRange(i.creatorB, i.accountA, {}),
  "db/sample-history.insertCurveHistory": (i) =>
    inTx((tx) =>
      sampleHistoryDb.insertCurveHistory(
        i.creatorB,
        i.accountA,
        DAY,
        2,
        { base: 1, slope: 1, top: 1, mid: 1, width: 1 },
        [{ videoId: i.videoA, postedDay: 0, total: 10, mid: 1, width: 1 }],
        tx,
      ),
    ),
  "services/reading-checks.viewsWentDownWarnings": (i) =>
    prisma.$transaction((tx) =>
      readingChecks.viewsWentDownWarnings(i.creatorB, i.accountA, "2026-11-23", [{ videoId: i.videoA, views: 1 }], tx),
    ),
  "db/notifications.insertNotices": (i) => notificationsDb.insertNotices(i.creatorB, [notice(i.accountA, "test:b")]),
  "db/notifications.insertDeliveries": (i) => notificationsDb.insertDeliveries(i.creatorB, i.noticeA, ["email"]),
  "db/notifications.markNoticeRead": (i) => notificationsDb.markNoticeRead(i.creatorB, i.noticeA),
  "services/notify.writeNotices": (i) =>
    inTx((tx) => notify.writeNotices(tx, i.creatorB, [notice(i.accountA, "test:b")])),
  "services/notify.recordMilestoneNotices": (i) =>
    inTx((tx) => notify.recordMilestoneNotices(tx, i.creatorB, i.accountA, events, { now: NOW })),
  "services/notify.recordImportSummary": (i) =>
    inTx((tx) => notify.recordImportSummary(tx, i.creatorB, i.accountA, "import-b", events)),
  "services/notify.recordReachedBySummary": (i) =>
    inTx((tx) =>
      notify.recordReachedBySummary(tx, i.creatorB, i.accountA, "run-b", {
        crossings: [{ ...crossing, reachedBy: true }],
        stateChanges: [],
      }),
    ),
  "services/notify.recordLatestNoticesInApp": (i) =>
    inTx((tx) => notify.recordLatestNoticesInApp(tx, i.creatorB, i.accountA, 3)),
  "services/read-notices.markRead": (i) => readNotices.markRead(i.creatorB, i.noticeA),
  "services/read-notices.openNotice": (i) => readNotices.openNotice(i.creatorB, i.noticeA),
  "db/api-tokens.revokeApiToken": async (i) => apiTokensDb.revokeApiToken(i.creatorB, (await tokenOfA(i)).id, NOW),
  "services/manage-api-tokens.revokeApiToken": async (i) =>
    manageApiTokens.revokeApiToken(i.creatorB, (await tokenOfA(i)).id, NOW),
  "db/readings-in-range.listReadingsInRange": (i) => readingsInRangeDb.listReadingsInRange(i.creatorB, i.accountA, {}),
  "db/videos.findVideoIdsByUrl": (i) => videosDb.findVideoIdsByUrl(i.creatorB, i.accountA, ["https://example.com/a"]),
  "services/write-api-batch.writeApiBatch": (i) =>
    writeApiBatch.writeApiBatch(
      i.creatorB,
      i.accountA,
      { account: [], videos: [{ videoId: i.videoA, day: DAY, views: 1 }] },
      NOW,
    ),
  "services/import-milepost-csv.importMilepostCsv": (i) =>
    importMilepostCsv.importMilepostCsv(
      i.creatorB,
      i.accountA,
      [
        { name: "a.csv", text: "day,followers\n2026-11-20,999\n" },
        { name: "v.csv", text: "platform_id,day,views\n100,2026-11-20,999\n" },
      ],
      { now: NOW },
    ),
  // Sessions: B cannot end A's session (Settings' per-session "Sign out").
  "services/sessions.endSession": (i) =>
    sessionsOfAUnchanged(i, (sessionId) => sessions.endSession(i.creatorB, sessionId)),
};

/** A's signed-in session (made on first use) and A's password hash must stay as they were after B's calls. */
let sessionA: Promise<string> | undefined;
const sessionOfA = (i: Ids) => (sessionA ??= sessions.startSession(i.creatorA, "A's browser", NOW));
async function sessionsOfAUnchanged(i: Ids, attempt: (sessionIdOfA: string) => Promise<unknown>): Promise<unknown> {
  const sessionId = await sessionOfA(i);
  const read = () =>
    prisma.creator.findUniqueOrThrow({
      where: { id: i.creatorA },
      select: { passwordHash: true, sessions: { orderBy: { id: "asc" } } },
    });
  const before = await read();
  expect(before.sessions.map((s) => s.id)).toContain(sessionId);
  try {
    return await attempt(sessionId);
  } finally {
    expect(await read()).toEqual(before);
  }
}
/** B's password set to a known one (a cheap scrypt hash), for B's own password change. */
async function givePasswordToB(i: Ids, password: string): Promise<{ id: string; email: string }> {
  const salt = randomBytes(16);
  const passwordHash = [
    "scrypt",
    1024,
    8,
    1,
    salt.toString("base64"),
    scryptSync(password, salt, 32, { N: 1024, r: 8, p: 1 }).toString("base64"),
  ].join("$");
  return prisma.creator.update({
    where: { id: i.creatorB },
    data: { passwordHash },
    select: { id: true, email: true },
  });
}

/** A's notification switches, webhook (with its secret) and notices, set once, to compare before and after B's calls. */
async function notificationSettingsOfA(i: Ids) {
  if (!(await prisma.webhook.findUnique({ where: { creatorId: i.creatorA } }))) {
    await notificationSettingsDb.upsertWebhook(i.creatorA, {
      url: "https://203.0.113.1/a",
      format: "json",
      secret: "whsec_a",
    });
    await notificationSettingsDb.setPreferences(i.creatorA, [{ channel: "email", category: "views", enabled: false }]);
  }
  const read = () =>
    prisma.creator.findUniqueOrThrow({
      where: { id: i.creatorA },
      select: {
        webhook: true,
        preferences: { orderBy: [{ channel: "asc" }, { category: "asc" }] },
        notifications: { orderBy: { id: "asc" } },
      },
    });
  const before = await read();
  return { unchanged: async () => expect(await read()).toEqual(before) };
}
const webhookOfB = { url: "https://93.184.215.16/b", format: "json" } as const; // public (never contacted)
const unsubscribeTokenOf = (creatorId: string, category: string) => {
  process.env.NEXTAUTH_SECRET ??= "isolation-test-secret";
  return new URLSearchParams(unsubscribePath(creatorId, category).split("?")[1]).get("t")!;
};

/** Functions that take no id of another creator's record, with a check that B still cannot reach A's data through them. */
const noForeignId: Record<string, ((ids: Ids) => Promise<void>) | "pure"> = {
  "queries/connections.tiktokRedirectUri": "pure",
  // Sessions: whatever B calls with A's session id, A's sessions and password stay.
  "db/sessions.insertSession": async (i) =>
    void (await sessionsOfAUnchanged(i, () =>
      sessionsDb.insertSession(i.creatorB, { id: `b-${Date.now()}`, userAgent: null, now: NOW }),
    )),
  "db/sessions.findSessionCreator": async (i) =>
    void (await sessionsOfAUnchanged(i, async (sid) =>
      expect(await sessionsDb.findSessionCreator(i.creatorB, sid, NOW, new Date(NOW.getTime() + 1))).toBeNull(),
    )),
  "db/sessions.listSessions": async (i) =>
    void (await sessionsOfAUnchanged(i, async (sid) =>
      expect((await sessionsDb.listSessions(i.creatorB)).map((s) => s.id)).not.toContain(sid),
    )),
  "db/sessions.deleteSession": async (i) =>
    void (await sessionsOfAUnchanged(i, async (sid) =>
      expect(await sessionsDb.deleteSession(i.creatorB, sid)).toBe(false),
    )),
  "db/sessions.deleteSessions": async (i) =>
    void (await sessionsOfAUnchanged(i, () => sessionsDb.deleteSessions(i.creatorB, null))),
  "db/sessions.deleteStaleSessions": async (i) =>
    void (await sessionsOfAUnchanged(i, () =>
      sessionsDb.deleteStaleSessions(i.creatorB, new Date(NOW.getTime() + 86_400_000)),
    )),
  "services/sessions.startSession": async (i) =>
    void (await sessionsOfAUnchanged(i, () => sessions.startSession(i.creatorB, "B's browser", NOW))),
  "services/sessions.sessionCreator": async (i) =>
    void (await sessionsOfAUnchanged(i, async (sid) =>
      expect(await sessions.sessionCreator({ sub: i.creatorB, sid }, NOW)).toBeNull(),
    )),
  "queries/sessions.listSessions": async (i) =>
    void (await sessionsOfAUnchanged(i, async (sid) =>
      expect((await sessionsQueries.listSessions(i.creatorB, sid)).map((s) => s.id)).not.toContain(sid),
    )),
  "services/sessions.signOutSession": async (i) =>
    void (await sessionsOfAUnchanged(i, (sid) => sessions.signOutSession({ sub: i.creatorB, sid }))),
  "services/sessions.endAllSessions": async (i) =>
    void (await sessionsOfAUnchanged(i, () => sessions.endAllSessions(i.creatorB))),
  "services/change-password.changePassword": async (i) => {
    const b = await givePasswordToB(i, "B's password");
    const sessionOfB = await sessions.startSession(i.creatorB, "B's browser", NOW);
    await sessionsOfAUnchanged(i, () =>
      changePassword.changePassword(
        { ...b, sessionId: sessionOfB, address: "192.0.2.90" },
        { currentPassword: "B's password", newPassword: "B's new password" },
      ),
    );
  },
  "db/accounts.listAccounts": async (i) =>
    expect((await accountsDb.listAccounts(i.creatorB)).map((a) => a.id)).toEqual([i.accountB]),
  "queries/accounts.listAccounts": async (i) =>
    expect((await accountsQueries.listAccounts(i.creatorB)).map((a) => a.id)).toEqual([i.accountB]),
  "queries/health.checkDatabase": async () => expect(await healthQueries.checkDatabase()).toEqual({ ok: true }),
  "db/accounts.isHandleTaken": async (i) =>
    expect(await accountsDb.isHandleTaken(i.creatorB, { platform: "tiktok", handle: "creator.a" })).toBe(false),
  "db/accounts.insertAccount": async (i) => {
    const created = await accountsDb.insertAccount(i.creatorB, { ...account, handle: "creator.a" });
    expect(created).not.toBeNull();
    await accountsDb.deleteAccount(i.creatorB, created!.id);
  },
  "services/manage-accounts.createAccount": async (i) => {
    const created = await manageAccounts.createAccount(i.creatorB, { ...account, handle: "creator.a" });
    await manageAccounts.deleteAccount(i.creatorB, { accountId: created.id });
  },
  "services/update-settings.updateSettings": async (i) => {
    await updateSettings.updateSettings(i.creatorB, { name: "B renamed", isAdult: true });
    expect(
      await prisma.creator.findUniqueOrThrow({ where: { id: i.creatorA }, select: { name: true, isAdult: true } }),
    ).toEqual({ name: "A", isAdult: false });
  },
  "db/accounts.listAccountIds": async (i) => expect(await accountsDb.listAccountIds(i.creatorB)).toEqual([i.accountB]),
  "services/recompute-milestones.recomputeCreatorAccounts": async (i) => {
    await prisma.$transaction((tx) => recomputeMilestones.recomputeCreatorAccounts(i.creatorB, tx));
  },
  "db/dashboard.dashboardSql": "pure",
  "services/sample-data.createSampleAccount": async (i) => {
    const sample = await sampleData.createSampleAccount(i.creatorB, NOW);
    expect(sample.id).not.toBe(i.accountA);
  },
  "services/sample-data.removeSampleAccount": async (i) => {
    await sampleData.removeSampleAccount(i.creatorB);
    expect(await accountsDb.listAccountIds(i.creatorB)).toEqual([i.accountB]);
  },
  "services/reading-checks.validationError": "pure",
  // The bulk writers scope every row by the creator: with A's ids they write nothing (the service reports NOT_FOUND first).
  "db/bulk-readings.bulkUpsertAccountSnapshots": async (i) =>
    expect(
      await bulkReadingsDb.bulkUpsertAccountSnapshots(
        i.creatorB,
        i.accountA,
        [{ day: "2026-11-20", followers: 999_999 }],
        "api",
      ),
    ).toBe(0),
  "db/bulk-readings.bulkUpsertVideoSnapshots": async (i) =>
    expect(
      await bulkReadingsDb.bulkUpsertVideoSnapshots(
        i.creatorB,
        i.accountA,
        [{ videoId: i.videoA, day: "2026-11-20", views: 999_999 }],
        "api",
      ),
    ).toBe(0),
  "db/import-videos.insertImportVideos": async (i) =>
    expect(
      await importVideosDb.insertImportVideos(i.creatorB, i.accountA, [
        { platformId: "900", url: "https://www.tiktok.com/@a/video/900", title: null, postedOn: null },
      ]),
    ).toBe(0),
  "services/reading-checks.throwIfAny": "pure",
  "services/import-tiktok.readTikTokUpload": "pure", // reads the uploaded files only: no creator, no database
  "services/reading-checks.viewsWentDownWarning": "pure",
  "db/notifications.listNotices": async (i) => expect((await notificationsDb.listNotices(i.creatorB)).total).toBe(0),
  "db/notifications.countUnreadNotices": async (i) =>
    expect(await notificationsDb.countUnreadNotices(i.creatorB)).toBe(0),
  "db/notifications.markAllNoticesRead": async (i) =>
    expect(await notificationsDb.markAllNoticesRead(i.creatorB)).toBe(0),
  "db/notifications.listDeliveries": async (i) =>
    expect((await notificationsDb.listDeliveries(i.creatorB)).total).toBe(0),
  "services/notify.isRecentDay": "pure",
  "services/connect-account.firstSlot": "pure",
  // Connections: B's calls with A's account or connection id find nothing and change nothing.
  "db/connections.findConnection": async (i) =>
    expect(await connectionsDb.findConnection(i.creatorB, i.accountA)).toBeNull(),
  // The one cross-creator read, by design: "is this TikTok user connected elsewhere?" — a yes or no, nothing of A.
  "db/connections.isExternalUserTaken": async (i) =>
    expect(await connectionsDb.isExternalUserTaken(i.creatorB, i.accountB, "tiktok", "open-id-of-a")).toBe(true),
  "db/connections.upsertConnection": (i) => connectionsDb.upsertConnection(i.creatorB, i.accountA, newConnection, NOW),
  "db/connections.saveTokens": async (i) => {
    const { id } = await prisma.platformConnection.findUniqueOrThrow({ where: { accountId: i.accountA } });
    await connectionsDb.saveTokens(i.creatorB, id, { ...newConnection, accessToken: "b", refreshToken: "b" });
  },
  "db/connections.markNeedsReconnecting": async (i) => {
    const { id } = await prisma.platformConnection.findUniqueOrThrow({ where: { accountId: i.accountA } });
    expect(await connectionsDb.markNeedsReconnecting(i.creatorB, id, "B")).toBe(false);
  },
  "db/connections.markCollected": async (i) => {
    const { id } = await prisma.platformConnection.findUniqueOrThrow({ where: { accountId: i.accountA } });
    await inTx((tx) => connectionsDb.markCollected(i.creatorB, id, NOW, tx));
  },
  "db/connections.markFailed": async (i) => {
    const { id } = await prisma.platformConnection.findUniqueOrThrow({ where: { accountId: i.accountA } });
    expect(await connectionsDb.markFailed(i.creatorB, id, "B", NOW)).toBe(0);
  },
  "db/connections.deleteConnection": async (i) =>
    expect(await inTx((tx) => connectionsDb.deleteConnection(i.creatorB, i.accountA, tx))).toBeNull(),
  "db/connections.listConnectedAccounts": async (i) =>
    expect(await connectionsDb.listConnectedAccounts(i.creatorB)).toEqual([]),
  // The scheduler claims across creators by design; A's connection is not due, and the job it enqueues names the
  // creator every later call is scoped by.
  "db/connections.claimDueConnections": async () =>
    expect(await inTx((tx) => connectionsDb.claimDueConnections(new Date("2000-01-01"), 10, tx))).toEqual([]),
  "services/collect-account.enqueueCollection": async (i) => {
    await inTx((tx) =>
      collectAccount.enqueueCollection(tx, { creatorId: i.creatorB, accountId: i.accountA, trigger: "now" }),
    );
    await appErrorOf(collectAccount.collectAccount(i.creatorB, i.accountA, { trigger: "now", now: NOW }), "NOT_FOUND");
    await prisma.$executeRaw`DELETE FROM pgboss.job WHERE name = 'collection' AND data->>'creatorId' = ${i.creatorB}`;
  },
  "db/collection-runs.collectedOnSchedule": async (i) =>
    expect(await collectionRunsDb.collectedOnSchedule(i.creatorB, i.accountA, DAY)).toBe(false),
  "db/collection-runs.reportRunProgress": (i) =>
    collectionRunsDb.reportRunProgress(i.creatorB, RUN_OF_A, { videoTotal: 1, videos: 1 }),
  "db/collection-runs.finishRun": (i) =>
    collectionRunsDb.finishRun(i.creatorB, RUN_OF_A, { status: "failed", at: NOW, error: "B" }),
  "queries/notices.getNoticesPage": async (i) =>
    expect((await noticesQueries.getNoticesPage(i.creatorB)).items).toEqual([]),
  "queries/notices.getUnreadCount": async (i) => expect(await noticesQueries.getUnreadCount(i.creatorB)).toBe(0),
  "queries/notices.listDeliveries": async (i) =>
    expect((await noticesQueries.listDeliveries(i.creatorB)).total).toBe(0),
  "services/read-notices.markAllRead": async (i) => expect(await readNotices.markAllRead(i.creatorB)).toBe(0),
  "db/notification-settings.getNotificationSettings": async (i) => {
    const a = await notificationSettingsOfA(i);
    const settings = await notificationSettingsDb.getNotificationSettings(i.creatorB);
    expect(settings.webhook?.url).not.toBe("https://203.0.113.1/a");
    expect(settings.preferences.get("email:views")).not.toBe(false);
    await a.unchanged();
  },
  "db/notification-settings.setPreferences": async (i) => {
    const a = await notificationSettingsOfA(i);
    await notificationSettingsDb.setPreferences(i.creatorB, [{ channel: "email", category: "views", enabled: true }]);
    await a.unchanged();
  },
  "db/notification-settings.upsertWebhook": async (i) => {
    const a = await notificationSettingsOfA(i);
    await notificationSettingsDb.upsertWebhook(i.creatorB, { ...webhookOfB, secret: "whsec_b" });
    await a.unchanged();
  },
  "db/notification-settings.deleteWebhook": async (i) => {
    const a = await notificationSettingsOfA(i);
    await notificationSettingsDb.deleteWebhook(i.creatorB);
    await a.unchanged();
  },
  "services/manage-notification-settings.updatePreferences": async (i) => {
    const a = await notificationSettingsOfA(i);
    const on = {
      views: true,
      followers: true,
      eligibility: true,
      unlock: true,
      goal: true,
      import: true,
      connection: true,
    };
    await manageNotificationSettings.updatePreferences(i.creatorB, { in_app: on, email: on, webhook: on });
    await a.unchanged();
  },
  "services/manage-notification-settings.saveWebhook": async (i) => {
    const a = await notificationSettingsOfA(i);
    await manageNotificationSettings.saveWebhook(i.creatorB, webhookOfB);
    await a.unchanged();
  },
  "services/manage-notification-settings.regenerateWebhookSecret": async (i) => {
    const a = await notificationSettingsOfA(i);
    await manageNotificationSettings.saveWebhook(i.creatorB, webhookOfB);
    await manageNotificationSettings.regenerateWebhookSecret(i.creatorB);
    await a.unchanged();
  },
  "services/manage-notification-settings.removeWebhook": async (i) => {
    const a = await notificationSettingsOfA(i);
    await manageNotificationSettings.removeWebhook(i.creatorB);
    await a.unchanged();
  },
  "services/manage-notification-settings.sendTestWebhook": async (i) => {
    const a = await notificationSettingsOfA(i);
    await manageNotificationSettings.saveWebhook(i.creatorB, webhookOfB);
    await manageNotificationSettings.sendTestWebhook(i.creatorB);
    await a.unchanged();
  },
  "queries/notification-settings.getNotificationSettings": async (i) => {
    const a = await notificationSettingsOfA(i);
    const settings = await notificationSettingsQueries.getNotificationSettings(i.creatorB);
    expect(settings.webhook?.url).not.toBe("https://203.0.113.1/a");
    expect(settings.preferences.get("email:views")).not.toBe(false);
    await a.unchanged();
  },
  "queries/unsubscribe-link.readUnsubscribeLink": async (i) => {
    const link = new URLSearchParams({ c: i.creatorA, k: "views", t: unsubscribeTokenOf(i.creatorB, "views") });
    expect(await unsubscribeLinkQueries.readUnsubscribeLink(link)).toBeNull();
  },
  "services/manage-notification-settings.unsubscribeEmail": async (i) => {
    const a = await notificationSettingsOfA(i);
    const link = new URLSearchParams({ c: i.creatorA, k: "followers", t: unsubscribeTokenOf(i.creatorB, "followers") });
    expect(await manageNotificationSettings.unsubscribeEmail(link)).toBeNull();
    await a.unchanged();
  },
  // API tokens: B's calls never list, touch or revoke A's token.
  "db/api-tokens.insertApiToken": async (i) => {
    await tokenOfA(i);
    const before = await tokensOfA(i);
    await apiTokensDb.insertApiToken(i.creatorB, { name: "B", prefix: "mp_b", tokenHash: `b-${Date.now()}` });
    expect(await tokensOfA(i)).toEqual(before);
  },
  "db/api-tokens.listApiTokens": async (i) =>
    expect((await apiTokensDb.listApiTokens(i.creatorB)).map((t) => t.id)).not.toContain((await tokenOfA(i)).id),
  "db/api-tokens.findTokenByHash": async (i) => {
    const token = await tokenOfA(i);
    expect((await apiTokensDb.findTokenByHash(manageApiTokens.hashToken(token.token)))?.creatorId).toBe(i.creatorA);
    expect(await apiTokensDb.findTokenByHash(manageApiTokens.hashToken(`${token.token}x`))).toBeNull();
  },
  "db/api-tokens.touchApiToken": async (i) => {
    await tokenOfA(i);
    const before = await tokensOfA(i);
    await apiTokensDb.touchApiToken(i.creatorB, (await tokenOfA(i)).id, NOW);
    expect(await tokensOfA(i)).toEqual(before);
  },
  "services/manage-api-tokens.hashToken": "pure",
  "services/manage-api-tokens.createApiToken": async (i) => {
    const created = await manageApiTokens.createApiToken(i.creatorB, { name: "B" });
    expect((await manageApiTokens.authenticateToken(`Bearer ${created.token}`)).creatorId).toBe(i.creatorB);
  },
  "queries/api-tokens.listApiTokens": async (i) =>
    expect((await apiTokensQueries.listApiTokens(i.creatorB)).map((t) => t.id)).not.toContain((await tokenOfA(i)).id),
  "services/manage-api-tokens.authenticateToken": async (i) => {
    const { token } = await manageApiTokens.createApiToken(i.creatorB, { name: "B" });
    expect(await manageApiTokens.authenticateToken(`Bearer ${token}`)).toMatchObject({ creatorId: i.creatorB });
  },
  "services/limit-api-requests.takeApiRequest": async () =>
    expect((await limitApiRequests.takeApiRequest(`isolation-${Date.now()}`, NOW)).allowed).toBe(true),
  // The export reads the creator's own rows only: none of A's ids appear in B's.
  "db/creator-export.getExportProfile": async (i) =>
    expectNoneOfA(i, await inTx((tx) => creatorExportDb.getExportProfile(i.creatorB, tx))),
  "db/creator-export.listExportAccounts": async (i) =>
    expectNoneOfA(i, await inTx((tx) => creatorExportDb.listExportAccounts(i.creatorB, tx))),
  // A's account id under B: no rows from any of the paged history reads.
  ...Object.fromEntries(
    (
      [
        "pageAccountReadings",
        "pageVideos",
        "pageVideoMonths",
        "pageCrossings",
        "pageStateChanges",
        "pageLoggedIncome",
      ] as const
    ).map((name) => [
      `db/export-pages.${name}`,
      async (i: Ids) => expect(await inTx((tx) => rowsOf(exportPagesDb[name](i.creatorB, i.accountA, tx)))).toEqual([]),
    ]),
  ),
  "queries/export-data.exportSessionName": "pure",
  "db/unavailable.isDatabaseUnavailable": "pure",
  "queries/export-data.openCreatorExport": async (i) => {
    const bytes = async (format: exportData.ExportFormat) =>
      Buffer.concat(await (await exportData.openCreatorExport(i.creatorB, format)).toArray());
    expectNoneOfA(
      i,
      Object.values(unzipSync(await bytes("zip")))
        .map((f) => strFromU8(f))
        .join("\n"),
    );
    expectNoneOfA(i, (await bytes("json")).toString("utf8"));
  },
  "db/creator-data.listCreators": async () =>
    expect(Object.keys((await creatorDataDb.listCreators())[0]!).sort()).toEqual(["email", "id"]),
  // Deleting takes the deleter's own id only: a third creator deletes themselves, A stays.
  "db/creator-data.deleteCreator": async () => {
    const c = await createCreator("iso-c");
    expect(await inTx((tx) => creatorDataDb.deleteCreator(c, tx))).toBe(true);
  },
  "services/delete-creator.deleteCreatorAndData": async () =>
    deleteCreator.deleteCreatorAndData(await createCreator("iso-c")),
};

/** Every row of a paged read. */
async function rowsOf(pages: AsyncIterable<unknown[]>): Promise<unknown[]> {
  const rows: unknown[] = [];
  for await (const page of pages) rows.push(...page);
  return rows;
}

/** Fails when anything of A (a creator, account, video or reading id) is in `data`. */
function expectNoneOfA(i: Ids, data: unknown) {
  const text = typeof data === "string" ? data : JSON.stringify(data);
  for (const id of [i.creatorA, i.accountA, i.accountA2, i.videoA, i.videoA2, i.goalA, i.incomeA, i.noticeA])
    expect(text).not.toContain(id);
}

/** Modules outside creator-owned records (exempt as a whole, with the reason). Any other module must be listed function by function. */
const exemptModules: Record<string, string> = {
  "db/client": "the Prisma client itself",
  "db/counts": "pure BIGINT ↔ number conversions",
  "db/creators": "keyed by the signed-in creator's own id or e-mail",
  "db/sign-in-failures": "failed sign-in counts keyed by the e-mail typed and the client address, no creator data",
  "services/sign-in-throttle": "counts failed sign-ins by e-mail and client address, before there is a creator",
  "services/authenticate": "sign-in and sign-up, before there is a creator",
  "db/rate-limits": "request counters keyed by an API token's id, no creator data",
  "db/reading-months": "pure helpers between days and month rows, and SQL text for callers that scope it; no query",
  "queries/site-header": "the request's own signed-in creator (from its session cookie), no creator id is passed",
};

const modules = import.meta.glob<Record<string, unknown>>(
  ["../../lib/db/*.ts", "../../lib/queries/*.ts", "../../lib/services/*.ts"],
  { eager: true },
);

let ids: Ids;

/** Everything A owns, with timestamps, to compare before and after B's attempts. */
async function dataOf(creatorId: string) {
  // Video readings as stored, month rows with their arrays and update times.
  const videoMonths = await prisma.$queryRaw<unknown[]>`
    SELECT m.video_id, m.month, m.views::text, m.likes::text, m.comments::text, m.shares::text, m.saves::text, m.updated_at
    FROM video_reading_months m JOIN videos v ON v.id = m.video_id JOIN accounts a ON a.id = v.account_id
    WHERE a.creator_id = ${creatorId} ORDER BY m.video_id, m.month`;
  return { videoMonths, creator: await creatorRows(creatorId) };
}

function creatorRows(creatorId: string) {
  return prisma.creator.findUniqueOrThrow({
    where: { id: creatorId },
    include: {
      accounts: {
        orderBy: { id: "asc" },
        include: {
          snapshots: { orderBy: { id: "asc" } },
          videos: { orderBy: { id: "asc" } },
          goals: { orderBy: { id: "asc" } },
          crossings: { orderBy: { id: "asc" } },
          stateChanges: { orderBy: { id: "asc" } },
          videoDays: { orderBy: { day: "asc" } },
          earnings: true,
          income: { orderBy: { id: "asc" } },
          connection: true,
          collections: { orderBy: { id: "asc" } },
        },
      },
      notifications: { orderBy: { id: "asc" }, include: { deliveries: { orderBy: { id: "asc" } } } },
    },
  });
}

beforeAll(async () => {
  const creatorA = await createCreator("iso-a");
  const creatorB = await createCreator("iso-b");
  await prisma.creator.update({ where: { id: creatorA }, data: { name: "A" } });
  const accountA = await manageAccounts.createAccount(creatorA, { ...account, handle: "creator.a" });
  const accountA2 = await manageAccounts.createAccount(creatorA, { ...account, handle: "creator.a2" });
  const accountB = await manageAccounts.createAccount(creatorB, { ...account, handle: "creator.b" });
  const videoA = await manageVideos.createVideo(
    creatorA,
    { accountId: accountA.id, platformId: "100", title: "A's video" },
    NOW,
  );
  const videoA2 = await manageVideos.createVideo(creatorA, { accountId: accountA.id, platformId: "200" }, NOW);
  await recordSnapshots.recordDay(
    creatorA,
    { accountId: accountA.id, day: "2026-11-21", followers: 10, videos: [{ videoId: videoA.id, views: 500 }] },
    NOW,
  );
  const [accountSnapshotA] = await accountSnapshotsDb.listAccountSnapshots(creatorA, accountA.id);
  const [videoSnapshotA] = await videoSnapshotsDb.listVideoSnapshots(creatorA, accountA.id, videoA.id);
  const { goal: goalA } = await manageGoals.createGoal(creatorA, {
    accountId: accountA.id,
    metric: "video.views",
    videoId: videoA.id,
    threshold: 100,
  });
  await updateEarningsSettings.updateEarningsSettings(creatorA, { accountId: accountA.id, ...rates });
  const incomeA = await manageIncome.logIncome(creatorA, { accountId: accountA.id, ...income });
  const [noticeA] = await notificationsDb.insertNotices(creatorA, [notice(accountA.id)]);
  await prisma.platformConnection.create({ data: { creatorId: creatorA, accountId: accountA.id, ...connectionOfA } });
  await prisma.collectionRun.create({
    data: {
      id: RUN_OF_A,
      creatorId: creatorA,
      accountId: accountA.id,
      day: new Date(DAY),
      trigger: "now",
      status: "queued",
    },
  });
  ids = {
    creatorA,
    creatorB,
    accountA: accountA.id,
    accountA2: accountA2.id,
    accountB: accountB.id,
    videoA: videoA.id,
    videoA2: videoA2.id,
    accountSnapshotA: accountSnapshotA!.id,
    videoSnapshotA: videoSnapshotA!.id,
    goalA: goalA.id,
    incomeA: incomeA.id,
    noticeA: noticeA!.id,
  };
});

describe("isolation between creators", () => {
  test("the tables cover every exported function of lib/db, lib/queries and lib/services", () => {
    const listed = new Set([...Object.keys(foreignIdOperations), ...Object.keys(noForeignId)]);
    const missing: string[] = [];
    for (const [file, exports] of Object.entries(modules)) {
      const moduleName = file.replace(/^.*lib\//, "").replace(/\.ts$/, "");
      if (moduleName in exemptModules) continue;
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value === "function" && !listed.has(`${moduleName}.${name}`)) missing.push(`${moduleName}.${name}`);
      }
    }
    expect(missing, "add these to foreignIdOperations or noForeignId").toEqual([]);
    expect(Object.keys(modules).length).toBeGreaterThan(5);
  });

  test.each(Object.entries(foreignIdOperations))(
    "%s with A's ids is NOT_FOUND (404) and changes nothing",
    async (_name, operation) => {
      const before = await dataOf(ids.creatorA);
      const error = await appErrorOf(operation(ids), "NOT_FOUND");
      expect(error.status).toBe(404);
      expect(await dataOf(ids.creatorA)).toEqual(before);
    },
  );

  test.each(Object.entries(noForeignId).filter(([, check]) => check !== "pure"))(
    "%s cannot reach A's data",
    async (_name, check) => {
      const before = await dataOf(ids.creatorA);
      await (check as (ids: Ids) => Promise<void>)(ids);
      expect(await dataOf(ids.creatorA)).toEqual(before);
    },
  );

  // An id under the wrong parent is NOT_FOUND too, even for the owner: pages and actions nest ids in the URL.
  test.each<[string, Operation]>([
    ["A's video under A's other account", (i) => videosDb.requireVideo(i.creatorA, i.accountA2, i.videoA)],
    [
      "A's account reading under A's other account",
      (i) => accountSnapshotsDb.requireAccountSnapshot(i.creatorA, i.accountA2, i.accountSnapshotA),
    ],
    [
      "A's video reading under A's other video",
      (i) => videoSnapshotsDb.requireVideoSnapshot(i.creatorA, i.accountA, i.videoA2, i.videoSnapshotA),
    ],
    [
      "deleting A's video reading under A's other video",
      (i) =>
        editSnapshots.deleteVideoSnapshot(i.creatorA, {
          accountId: i.accountA,
          videoId: i.videoA2,
          snapshotId: i.videoSnapshotA,
        }),
    ],
    [
      "B recording A's video under B's own account",
      (i) =>
        recordSnapshots.recordDay(
          i.creatorB,
          { accountId: i.accountB, day: DAY, videos: [{ videoId: i.videoA, views: 1 }] },
          NOW,
        ),
    ],
    ["B reading A's video under B's own account", (i) => videosDb.requireVideo(i.creatorB, i.accountB, i.videoA)],
    [
      "B setting a goal on A's video under B's own account",
      (i) =>
        manageGoals.createGoal(i.creatorB, {
          accountId: i.accountB,
          metric: "video.views",
          videoId: i.videoA,
          threshold: 5,
        }),
    ],
    ["A's goal under A's other account", (i) => goalsDb.requireGoal(i.creatorA, i.accountA2, i.goalA)],
    [
      "A's collection run under A's other account",
      (i) => connectionsQueries.getCollectionRun(i.creatorA, i.accountA2, RUN_OF_A),
    ],
    ["A's income under A's other account", (i) => loggedIncomeDb.deleteIncome(i.creatorA, i.accountA2, i.incomeA)],
    [
      "A's video milestones under A's other account",
      (i) => milestonesDb.listVideoMilestones(i.creatorA, i.accountA2, i.videoA),
    ],
  ])("%s is NOT_FOUND", async (_name, operation) => {
    const before = await dataOf(ids.creatorA);
    await appErrorOf(operation(ids), "NOT_FOUND");
    expect(await dataOf(ids.creatorA)).toEqual(before);
  });
});
