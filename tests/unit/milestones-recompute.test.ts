// Randomized checks with a seeded PRNG (reproducible): detection kept up incrementally after each write equals
// detectAll on the final readings, and the window logic agrees with a naive day-by-day oracle.
import { describe, expect, test } from "vitest";
import { addDays, type Day } from "@/lib/time/days";
import { detectAccountMilestones, detectAll, detectVideoCrossings, sortDetection } from "@/lib/milestones/detect";
import { accountDailyViews, aggregateVideoGains, videoDailyGains } from "@/lib/milestones/gains";
import type {
  AccountHistoryInput,
  AccountReadingInput,
  Crossing,
  GoalInput,
  RuleSetKey,
  StateChange,
  VideoHistoryInput,
} from "@/lib/milestones/types";

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const D0 = "2026-01-01";
const SEEDS = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89];

/** Mutable account state, written reading by reading like the persistence layer does. */
class Account {
  accountReadings = new Map<Day, AccountReadingInput>();
  videos = new Map<string, { postedOn: Day | null; readings: Map<Day, number> }>();
  // The incrementally kept aggregates.
  gainsByDay = new Map<Day, number>();
  readingDayCounts = new Map<Day, number>();
  videoCrossings = new Map<string, Crossing[]>();

  constructor(
    readonly ruleSet: RuleSetKey,
    readonly isAdult: boolean,
    readonly goals: GoalInput[],
  ) {}

  videoInput(id: string): VideoHistoryInput {
    const v = this.videos.get(id)!;
    const readings = [...v.readings].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, views]) => ({ day, views }));
    return { id, postedOn: v.postedOn, readings };
  }

  /** Applies a change to one video's readings and updates the aggregates by its old and new contribution only. */
  writeVideo(id: string, change: (readings: Map<Day, number>) => void): void {
    const before = this.videoInput(id);
    change(this.videos.get(id)!.readings);
    const after = this.videoInput(id);
    for (const [day, gain] of videoDailyGains(before)) this.bump(this.gainsByDay, day, -gain);
    for (const [day, gain] of videoDailyGains(after)) this.bump(this.gainsByDay, day, gain);
    for (const r of before.readings) this.bump(this.readingDayCounts, r.day, -1);
    for (const r of after.readings) this.bump(this.readingDayCounts, r.day, 1);
    this.videoCrossings.set(id, detectVideoCrossings(this.ruleSet, after));
  }

  private bump(map: Map<Day, number>, day: Day, by: number): void {
    const next = (map.get(day) ?? 0) + by;
    if (next === 0) map.delete(day);
    else map.set(day, next);
  }

  accountInput(): AccountReadingInput[] {
    return [...this.accountReadings.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
  }

  incremental() {
    const account = detectAccountMilestones("acc", {
      ruleSet: this.ruleSet,
      isAdult: this.isAdult,
      accountReadings: this.accountInput(),
      gainsByDay: this.gainsByDay,
      videoReadingDays: new Set(this.readingDayCounts.keys()),
      videoCrossings: [...this.videoCrossings.values()].flat(),
      goals: this.goals,
      goalVideos: this.goals.flatMap((g) =>
        g.videoId !== null && this.videos.has(g.videoId) ? [this.videoInput(g.videoId)] : [],
      ),
    });
    return sortDetection({
      crossings: [...[...this.videoCrossings.values()].flat(), ...account.crossings],
      stateChanges: account.stateChanges,
    });
  }

  full(): AccountHistoryInput {
    return {
      ruleSet: this.ruleSet,
      isAdult: this.isAdult,
      accountReadings: this.accountInput(),
      videos: [...this.videos.keys()].map((id) => this.videoInput(id)),
      goals: this.goals,
    };
  }
}

function randomAccount(seed: number): Account {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const day = () => addDays(D0, int(80));
  const goals: GoalInput[] = [
    { id: "g1", metric: "account.followers", videoId: null, threshold: 1 + int(20_000), targetDay: null },
    { id: "g2", metric: "video.views", videoId: "v0", threshold: 1 + int(5_000), targetDay: null },
    { id: "g3", metric: "account.views30", videoId: null, threshold: 1 + int(60_000), targetDay: null },
    { id: "g4", metric: "account.views", videoId: null, threshold: 1 + int(200_000), targetDay: null },
  ];
  const account = new Account(seed % 2 === 0 ? "article" : "tiktok_current", int(3) > 0, goals);
  const videoCount = 1 + int(5);
  for (let v = 0; v < videoCount; v++) {
    account.videos.set(`v${v}`, { postedOn: int(4) === 0 ? null : addDays(D0, int(40) - 5), readings: new Map() });
    account.videoCrossings.set(`v${v}`, []);
  }
  // Random writes in random day order: upserts (backfill), edits (same day again), deletions, dips.
  for (let write = 0; write < 120; write++) {
    const what = int(10);
    if (what < 3) {
      const d = day();
      const followers = int(3) === 0 ? [999, 1_000, 1_001, 9_999, 10_000, 10_001][int(6)]! : int(15_000);
      account.accountReadings.set(d, { day: d, followers, videoViews: int(3) === 0 ? int(12_000) - 500 : null });
    } else if (what === 3 && account.accountReadings.size > 0) {
      const days = [...account.accountReadings.keys()];
      account.accountReadings.delete(days[int(days.length)]!);
    } else {
      const id = `v${int(videoCount)}`;
      const d = day();
      if (what === 4) account.writeVideo(id, (r) => r.delete([...r.keys()][int(r.size)] ?? d));
      else account.writeVideo(id, (r) => r.set(d, int(4) === 0 ? [99, 100, 999, 1_000, 1_001][int(5)]! : int(60_000)));
    }
  }
  return account;
}

/** Naive oracle: every day re-summed from scratch. */
function naiveStates(input: AccountHistoryInput): StateChange[] {
  const { gainsByDay, videoReadingDays } = aggregateVideoGains(input.videos);
  const views = accountDailyViews(input.accountReadings, gainsByDay);
  const days = [...input.accountReadings.map((r) => r.day), ...videoReadingDays].sort();
  if (days.length === 0) return [];
  const rules =
    input.ruleSet === "article"
      ? [
          { key: "eligible.creator_fund", adult: true, followers: 10_000, views30: null },
          { key: "eligible.live", adult: false, followers: 1_000, views30: 10_000 },
        ]
      : [
          { key: "eligible.creator_rewards", adult: true, followers: 10_000, views30: 100_000 },
          { key: "eligible.live", adult: true, followers: 1_000, views30: null },
          { key: "eligible.shop_affiliate", adult: true, followers: 1_000, views30: null },
        ];
  const held = new Map<string, boolean>();
  const changes: StateChange[] = [];
  for (let d = days[0]!; d <= days.at(-1)!; d = addDays(d, 1)) {
    const followers = input.accountReadings.filter((r) => r.day <= d).at(-1)?.followers ?? 0;
    let views30 = 0;
    for (let back = 0; back < 30; back++) views30 += views.get(addDays(d, -back)) ?? 0;
    for (const rule of rules) {
      const holds =
        (input.isAdult || !rule.adult) &&
        followers >= rule.followers &&
        (rule.views30 === null || views30 >= rule.views30);
      if (holds !== (held.get(rule.key) ?? false))
        changes.push({ ruleKey: rule.key, kind: holds ? "gained" : "lost", day: d });
      held.set(rule.key, holds);
    }
  }
  return changes;
}

/** Naive oracle: account.views.* and the views30 goal, each real reading day re-summed from scratch. */
function naiveViewCrossings(input: AccountHistoryInput): string[] {
  const { gainsByDay, videoReadingDays } = aggregateVideoGains(input.videos);
  const views = [...accountDailyViews(input.accountReadings, gainsByDay)];
  const realDays = [
    ...new Set([...videoReadingDays, ...input.accountReadings.filter((r) => r.videoViews !== null).map((r) => r.day)]),
  ].sort();
  const found: string[] = [];
  const first = (name: string, threshold: number, value: (d: Day) => number) => {
    const i = realDays.findIndex((d) => value(d) >= threshold);
    if (i < 0) return;
    const d = realDays[i]!;
    const reachedBy = i === 0 || addDays(realDays[i - 1]!, 1) < d;
    found.push(`${d} ${name} ${value(d)}${reachedBy ? " by" : ""}`);
  };
  const total = (d: Day) => views.filter(([e]) => e <= d).reduce((sum, [, v]) => sum + v, 0);
  const trailing = (d: Day) => views.filter(([e]) => e <= d && e > addDays(d, -30)).reduce((sum, [, v]) => sum + v, 0);
  for (const [key, t] of [
    ["1k", 1e3],
    ["10k", 1e4],
    ["100k", 1e5],
    ["1m", 1e6],
    ["10m", 1e7],
  ] as const)
    first(`account.views.${key}`, t, total);
  first("goal:g3", input.goals.find((g) => g.id === "g3")!.threshold, trailing);
  first("goal:g4", input.goals.find((g) => g.id === "g4")!.threshold, total);
  return found.sort();
}

describe("randomized histories", () => {
  test.each(SEEDS)("seed %i: incremental detection equals detectAll on the final readings", (seed) => {
    const account = randomAccount(seed);
    const full = detectAll("acc", account.full());
    expect(account.incremental()).toEqual(full);
    expect(full.crossings.length).toBeGreaterThan(0);
  });

  test.each(SEEDS)("seed %i: the aggregates kept incrementally equal aggregateVideoGains", (seed) => {
    const account = randomAccount(seed);
    const { gainsByDay, videoReadingDays } = aggregateVideoGains(account.full().videos);
    expect(new Map([...account.gainsByDay].sort())).toEqual(gainsByDay);
    expect(new Set([...account.readingDayCounts.keys()].sort())).toEqual(videoReadingDays);
  });

  test.each(SEEDS)("seed %i: eligibility states equal a naive day-by-day recount", (seed) => {
    const input = randomAccount(seed).full();
    expect(detectAll("acc", input).stateChanges).toEqual(
      sortDetection({ crossings: [], stateChanges: naiveStates(input) }).stateChanges,
    );
  });

  test.each(SEEDS)("seed %i: account views and views30 crossings equal a naive recount", (seed) => {
    const input = randomAccount(seed).full();
    const detected = detectAll("acc", input)
      .crossings.filter((c) => c.ruleKey.startsWith("account.views") || c.subjectId === "g3" || c.subjectId === "g4")
      .map(
        (c) =>
          `${c.day} ${c.ruleKey === "goal" ? `goal:${c.subjectId}` : c.ruleKey} ${c.value}${c.reachedBy ? " by" : ""}`,
      );
    expect(detected.sort()).toEqual(naiveViewCrossings(input));
  });

  test.each(SEEDS)("seed %i: the order of videos does not matter", (seed) => {
    const input = randomAccount(seed).full();
    expect(detectAll("acc", { ...input, videos: [...input.videos].reverse() })).toEqual(detectAll("acc", input));
  });
});
