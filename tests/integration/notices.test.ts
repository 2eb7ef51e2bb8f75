// The in-app notices against a real PostgreSQL: a crossing from a reading of a recent day (in the account's time zone)
// writes exactly one notice linking to its timeline event, a backfilled day none; the list pages newest first;
// marking one or all read; another creator reaches none of it.
import { beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { getTimeline } from "@/lib/db/milestones";
import { insertNotices, type NewNotice } from "@/lib/db/notifications";
import { NOTICES_PER_PAGE } from "@/lib/models/notice";
import { crossingKey, eventAnchor } from "@/lib/notifications/event-key";
import { createAccount } from "@/lib/services/manage-accounts";
import { getNoticesPage, getUnreadCount } from "@/lib/queries/notices";
import { markAllRead, markRead, openNotice } from "@/lib/services/read-notices";
import { recordDay } from "@/lib/services/record-snapshots";
import { accountSchema } from "@/lib/validation/accounts";
import { appErrorOf, createCreator, parse } from "./fixtures";

// 12:00 UTC on Nov 24: still Nov 24 in Los Angeles (04:00), already Nov 25 on Kiritimati (UTC+14).
const NOW = new Date("2026-11-24T12:00:00Z");
let handles = 0;

async function newAccount(creatorId: string, timeZone: string) {
  const account = await createAccount(
    creatorId,
    parse(accountSchema, { handle: `notices.${process.pid}.${handles++}`, timeZone }),
  );
  return account;
}

const noticesOf = (creatorId: string) =>
  prisma.notificationNotice.findMany({ where: { creatorId }, orderBy: { createdAt: "asc" } });

function testNotice(i: number, accountId: string | null = null): NewNotice {
  return {
    accountId,
    kind: "test",
    eventKey: `test:${i}`,
    category: null,
    ruleKey: null,
    day: null,
    title: `Notice ${i}`,
    body: `Body ${i}`,
    link: "/dashboard",
    showInApp: true,
  };
}

/** `count` notices a minute apart (created_at is the list's order). Returns their ids, oldest first. */
async function insertTestNotices(creatorId: string, count: number): Promise<string[]> {
  const written = await insertNotices(
    creatorId,
    Array.from({ length: count }, (_, i) => testNotice(i)),
  );
  for (const [i, { id }] of written.entries()) {
    await prisma.notificationNotice.update({
      where: { id },
      data: { createdAt: new Date(NOW.getTime() - (count - i) * 60_000) },
    });
  }
  return written.map((n) => n.id);
}

describe("notices from readings", () => {
  test("a reading crossing 1,000 followers today writes exactly one notice, linking to its timeline event", async () => {
    const creator = await createCreator("notices-today");
    const account = await newAccount(creator, "UTC");
    // The 100 followers crossed on an old day is recorded quietly.
    await recordDay(creator, { accountId: account.id, day: "2026-11-19", followers: 900, videos: [] }, NOW);
    expect(await noticesOf(creator)).toEqual([]);

    const result = await recordDay(
      creator,
      { accountId: account.id, day: "2026-11-24", followers: 1_050, videos: [] },
      NOW,
    );
    expect(result.milestones.crossings.map((c) => c.ruleKey)).toEqual(["account.followers.1k"]);
    const notices = await noticesOf(creator);
    expect(notices).toHaveLength(1);
    const key = crossingKey({ ruleKey: "account.followers.1k", subjectType: "account", subjectId: account.id });
    expect(notices[0]).toMatchObject({
      kind: "milestone",
      eventKey: key,
      accountId: account.id,
      title: `@${account.handle}: You reached 1,000 followers`,
      link: `/accounts/${account.id}/timeline#${eventAnchor(key)}`,
      readAt: null,
      showInApp: true,
    });
    // The reading before is five days older: "reached by".
    expect(notices[0]!.body).toBe(
      "Reached by Nov 24, 2026 (1,050 followers). Eligibility for monetization starts at this size.",
    );
    expect(notices[0]!.link).toMatch(/#event-crossed-account-followers-1k-account-[A-Za-z0-9_-]+$/);
    // The timeline item the link points at exists (the list renders its id from the same key).
    const timeline = await getTimeline(creator, account.id);
    expect(
      timeline.filter(
        (i) =>
          i.kind === "crossed" &&
          crossingKey({ ruleKey: i.ruleKey, subjectType: i.subject.type, subjectId: i.subject.id }) === key,
      ),
    ).toHaveLength(1);

    // Recording the same day again finds no new event: still one notice.
    await recordDay(creator, { accountId: account.id, day: "2026-11-24", followers: 1_060, videos: [] }, NOW);
    expect(await noticesOf(creator)).toHaveLength(1);
    expect(await getUnreadCount(creator)).toBe(1);
  });

  // "Today" and "yesterday" are the account's days at NOW; anything older is a backfill.
  test.each([
    ["UTC", "2026-11-24", 1],
    ["UTC", "2026-11-23", 1],
    ["UTC", "2026-11-22", 0],
    ["UTC", "2026-10-01", 0],
    ["Pacific/Kiritimati", "2026-11-25", 1],
    ["Pacific/Kiritimati", "2026-11-23", 0],
    ["America/Los_Angeles", "2026-11-23", 1],
    ["America/Los_Angeles", "2026-11-22", 0],
  ])("in %s, crossing 1,000 followers on %s writes %i notice(s)", async (timeZone, day, expected) => {
    const creator = await createCreator("notices-days");
    const account = await newAccount(creator, timeZone);
    await recordDay(creator, { accountId: account.id, day: "2026-09-01", followers: 900, videos: [] }, NOW);
    const result = await recordDay(creator, { accountId: account.id, day, followers: 1_200, videos: [] }, NOW);
    expect(result.milestones.crossings.map((c) => c.ruleKey)).toEqual(["account.followers.1k"]);
    expect(await noticesOf(creator)).toHaveLength(expected);
    expect(await getUnreadCount(creator)).toBe(expected);
  });
});

describe("reading the list", () => {
  let creator: string;
  let ids: string[];
  const total = NOTICES_PER_PAGE + 5;

  beforeAll(async () => {
    creator = await createCreator("notices-list");
    ids = await insertTestNotices(creator, total);
  });

  test("pages newest first, with the unread count; a page past the end shows the last page", async () => {
    const first = await getNoticesPage(creator, 1);
    expect(first).toMatchObject({ total, unread: total, page: 1, pages: 2 });
    expect(first.items.map((n) => n.id)).toEqual(ids.slice().reverse().slice(0, NOTICES_PER_PAGE));
    const second = await getNoticesPage(creator, 2);
    expect(second).toMatchObject({ page: 2, pages: 2 });
    expect(second.items.map((n) => n.id)).toEqual(ids.slice(0, 5).reverse());
    expect((await getNoticesPage(creator, 99)).items).toEqual(second.items);
    expect((await getNoticesPage(creator, 99)).page).toBe(2);
    expect((await getNoticesPage(creator, 0)).page).toBe(1);
  });

  test("an empty list is one page", async () => {
    const empty = await createCreator("notices-empty");
    expect(await getNoticesPage(empty, 3)).toEqual({ items: [], total: 0, unread: 0, page: 1, pages: 1 });
  });

  test("marks one read (again changes nothing), then opens one (read, and its link), then all", async () => {
    const [a, b, c] = ids as [string, string, string];
    const read = await markRead(creator, a);
    expect(read.readAt).toBeInstanceOf(Date);
    expect(await getUnreadCount(creator)).toBe(total - 1);
    expect((await markRead(creator, a)).readAt).toEqual(read.readAt);
    expect(await getUnreadCount(creator)).toBe(total - 1);

    expect(await openNotice(creator, b)).toBe("/dashboard");
    expect(await getUnreadCount(creator)).toBe(total - 2);

    expect(await markAllRead(creator)).toBe(total - 2);
    expect(await getUnreadCount(creator)).toBe(0);
    expect(await markAllRead(creator)).toBe(0);
    const page = await getNoticesPage(creator, 2);
    expect(page.unread).toBe(0);
    expect(page.items.find((n) => n.id === c)?.readAt).toBeInstanceOf(Date);
  });

  test("opening a notice whose link is not a path of the app leads to the list", async () => {
    const own = await createCreator("notices-link");
    const [written] = await insertNotices(own, [{ ...testNotice(1), link: "//evil.example/x" }]);
    expect(await openNotice(own, written!.id)).toBe("/notifications");
  });
});

describe("another creator", () => {
  test("gets NOT_FOUND for A's notice, cannot mark or open it, and sees none of A's", async () => {
    const a = await createCreator("notices-a");
    const b = await createCreator("notices-b");
    const [noticeA] = (await insertTestNotices(a, 2)) as [string];
    await insertTestNotices(b, 1);

    await appErrorOf(markRead(b, noticeA), "NOT_FOUND");
    await appErrorOf(openNotice(b, noticeA), "NOT_FOUND");
    await appErrorOf(markRead(a, "no-such-notice"), "NOT_FOUND");
    expect(await markAllRead(b)).toBe(1);

    expect(await getUnreadCount(a)).toBe(2);
    expect((await prisma.notificationNotice.findUniqueOrThrow({ where: { id: noticeA } })).readAt).toBeNull();
    const listB = await getNoticesPage(b);
    expect(listB).toMatchObject({ total: 1, unread: 0 });
    expect(listB.items.map((n) => n.title)).toEqual(["Notice 0"]);
  });
});
