// The sample account: six months of history with the milestones a newcomer should see, created once, removed in one call.
import { describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { listAccounts } from "@/lib/db/accounts";
import { getDashboardSeries } from "@/lib/db/dashboard";
import { getCumulativeEstimates } from "@/lib/queries/earnings";
import { createSampleAccount, removeSampleAccount } from "@/lib/services/sample-data";
import { createCreator } from "./fixtures";
import { NOW, expectStoredEqualsFullRecomputation } from "./milestone-fixtures";

describe("sample data", () => {
  test("creates @sample.creator with followers past 1k and 10k, videos that take off, LIVE gained and lost once", async () => {
    const creator = await createCreator("sample");
    const account = await createSampleAccount(creator, NOW);
    expect(account.handle).toBe("sample.creator");
    expect((await createSampleAccount(creator, NOW)).id).toBe(account.id);
    const crossings = await prisma.milestoneCrossing.findMany({ where: { accountId: account.id } });
    const keys = new Set(crossings.map((c) => c.ruleKey));
    for (const key of [
      "account.followers.1k",
      "account.followers.10k",
      "video.views.100k",
      "account.views.100k",
      "unlock.analytics",
      "ready.brand_deals",
    ]) {
      expect(keys, key).toContain(key);
    }
    const live = await prisma.milestoneStateChange.findMany({
      where: { accountId: account.id, ruleKey: "eligible.live" },
      orderBy: { day: "asc" },
    });
    expect(live.map((c) => c.kind)).toEqual(["gained", "lost"]);
    await expectStoredEqualsFullRecomputation(creator, account.id);
    const series = await getDashboardSeries(creator, account.id, "all", "2026-11-24");
    expect(series.followers.length).toBeGreaterThanOrEqual(6);
    expect(series.markers.length).toBeGreaterThan(5);
    const estimate = (await getCumulativeEstimates(creator, account.id)).at(-1)!;
    expect(estimate.streams.affiliate.low).toBeGreaterThan(0);
    // Three in-app notices for the latest events, marked as sample, newest first; no e-mail or webhook for them.
    const notices = await prisma.notificationNotice.findMany({
      where: { creatorId: creator },
      orderBy: { createdAt: "desc" },
    });
    expect(notices).toHaveLength(3);
    for (const n of notices)
      expect(n).toMatchObject({
        accountId: account.id,
        showInApp: true,
        readAt: null,
        title: expect.stringMatching(/^Sample — @sample\.creator: /),
      });
    expect(await prisma.notificationDelivery.count({ where: { creatorId: creator } })).toBe(0);
    // LIVE lost is among them: it says what it takes to get LIVE back, not what LIVE gives.
    const lost = notices.find((n) => n.title.endsWith("No longer eligible for LIVE"));
    expect(lost?.body).toMatch(/^On .+\. Requires 1,000 followers and 10,000 views in the last 30 days\.$/);

    await removeSampleAccount(creator);
    expect(await listAccounts(creator)).toEqual([]);
    expect(await prisma.notificationNotice.count({ where: { creatorId: creator } })).toBe(0);
    await removeSampleAccount(creator);
  });
});
