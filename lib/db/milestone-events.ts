// Stored milestone events: crossings (once per rule and subject) and eligibility state changes (once per rule and day).
// Replacing a scope diffs it with what is stored: unchanged rows keep their id and created_at, a moved crossing is
// updated in place (ON CONFLICT on the unique key), and what no longer holds is deleted. Returns what is new.
import { dateToDay, type Day } from "@/lib/time/days";
import { notFoundError } from "@/lib/errors/app-error";
import type { Crossing, StateChange, SubjectType } from "@/lib/milestones";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma, type Tx } from "./client";
import { fromDbCount } from "./counts";

/** Which stored crossings a replacement covers: some videos' own, the account level (account + goal subjects), or all. */
export type CrossingScope = { videoIds: string[] } | "account-level" | "all";

type CrossingRow = {
  id: string;
  rule_key: string;
  subject_type: string;
  subject_id: string;
  day: Date;
  value: bigint;
  reached_by: boolean;
};

function toCrossing(row: CrossingRow): Crossing {
  return {
    ruleKey: row.rule_key,
    subjectType: row.subject_type as SubjectType, // only this module writes the column
    subjectId: row.subject_id,
    day: dateToDay(row.day),
    value: fromDbCount(row.value),
    reachedBy: row.reached_by,
  };
}

const crossingKey = (c: Pick<Crossing, "ruleKey" | "subjectType" | "subjectId">) =>
  `${c.ruleKey}\u0000${c.subjectType}\u0000${c.subjectId}`;
const sameCrossing = (a: Crossing, b: Crossing) =>
  a.day === b.day && a.value === b.value && a.reachedBy === b.reachedBy;

/** The stored crossings of the scope; NOT_FOUND when the account is not the creator's (one round trip). */
async function listScope(creatorId: string, accountId: string, scope: CrossingScope, tx: Tx): Promise<CrossingRow[]> {
  const subjects =
    scope === "all"
      ? Prisma.empty
      : scope === "account-level"
        ? Prisma.sql`AND c.subject_type IN ('account', 'goal')`
        : Prisma.sql`AND c.subject_type = 'video' AND c.subject_id = ANY(${scope.videoIds}::text[])`;
  const rows = await tx.$queryRaw<(CrossingRow | { id: null })[]>`
    SELECT c.id::text, c.rule_key, c.subject_type, c.subject_id, c.day, c.value, c.reached_by
    FROM accounts a LEFT JOIN milestone_crossings c ON c.account_id = a.id ${subjects}
    WHERE a.id = ${accountId} AND a.creator_id = ${creatorId}`;
  if (!rows.length) throw notFoundError("Account");
  return rows.filter((row): row is CrossingRow => row.id !== null);
}

/** Makes the stored crossings of `scope` equal `wanted`; returns the crossings that were not stored before. */
export async function replaceCrossings(
  creatorId: string,
  accountId: string,
  scope: CrossingScope,
  wanted: Crossing[],
  tx: Tx,
): Promise<Crossing[]> {
  const stored = new Map(
    (await listScope(creatorId, accountId, scope, tx)).map((row) => [crossingKey(toCrossing(row)), row]),
  );
  const wantedKeys = new Set(wanted.map(crossingKey));
  const gone = [...stored].filter(([key]) => !wantedKeys.has(key)).map(([, row]) => row.id);
  const changed = wanted.filter((c) => {
    const row = stored.get(crossingKey(c));
    return !row || !sameCrossing(toCrossing(row), c);
  });
  if (gone.length) await tx.$executeRaw`DELETE FROM milestone_crossings WHERE id = ANY(${gone}::uuid[])`;
  if (changed.length) {
    await tx.$executeRaw`
      INSERT INTO milestone_crossings AS c (account_id, rule_key, subject_type, subject_id, day, value, reached_by)
      SELECT ${accountId}, t.rule_key, t.subject_type, t.subject_id, t.day, t.value, t.reached_by
      FROM unnest(${changed.map((c) => c.ruleKey)}::text[], ${changed.map((c) => c.subjectType)}::text[], ${changed.map((c) => c.subjectId)}::text[],
                  ${changed.map((c) => c.day)}::date[], ${changed.map((c) => String(c.value))}::bigint[], ${changed.map((c) => c.reachedBy)}::boolean[])
           AS t(rule_key, subject_type, subject_id, day, value, reached_by)
      ON CONFLICT (account_id, rule_key, subject_type, subject_id)
      DO UPDATE SET day = EXCLUDED.day, value = EXCLUDED.value, reached_by = EXCLUDED.reached_by`;
  }
  return changed.filter((c) => !stored.has(crossingKey(c)));
}

type StateChangeRow = { id: string; rule_key: string; kind: StateChange["kind"]; day: Date };

async function listStateChangeRows(creatorId: string, accountId: string, tx: Tx): Promise<StateChangeRow[]> {
  const rows = await tx.$queryRaw<(StateChangeRow | { id: null })[]>`
    SELECT s.id::text, s.rule_key, s.kind, s.day
    FROM accounts a LEFT JOIN milestone_state_changes s ON s.account_id = a.id
    WHERE a.id = ${accountId} AND a.creator_id = ${creatorId}`;
  if (!rows.length) throw notFoundError("Account");
  return rows.filter((row): row is StateChangeRow => row.id !== null);
}

/** Makes the account's stored state changes equal `wanted`; returns the ones that were not stored before. */
export async function replaceStateChanges(
  creatorId: string,
  accountId: string,
  wanted: StateChange[],
  tx: Tx,
): Promise<StateChange[]> {
  const rows = await listStateChangeRows(creatorId, accountId, tx);
  const key = (ruleKey: string, day: Day) => `${ruleKey}\u0000${day}`;
  const stored = new Map(rows.map((row) => [key(row.rule_key, dateToDay(row.day)), row]));
  const wantedKeys = new Set(wanted.map((s) => key(s.ruleKey, s.day)));
  const gone = [...stored].filter(([k]) => !wantedKeys.has(k)).map(([, row]) => row.id);
  const fresh = wanted.filter((s) => stored.get(key(s.ruleKey, s.day))?.kind !== s.kind);
  if (gone.length) await tx.$executeRaw`DELETE FROM milestone_state_changes WHERE id = ANY(${gone}::uuid[])`;
  if (fresh.length) {
    await tx.$executeRaw`
      INSERT INTO milestone_state_changes AS s (account_id, rule_key, kind, day)
      SELECT ${accountId}, t.rule_key, t.kind, t.day
      FROM unnest(${fresh.map((s) => s.ruleKey)}::text[], ${fresh.map((s) => s.kind)}::text[], ${fresh.map((s) => s.day)}::date[]) AS t(rule_key, kind, day)
      ON CONFLICT (account_id, rule_key, day) DO UPDATE SET kind = EXCLUDED.kind`;
  }
  return fresh;
}

/**
 * For each of these video rules, the account's earliest crossings of it (all videos crossing on that first day):
 * what unlock.analytics ("the first video reaches 1,000 views") needs, read through the (account, rule, day) index.
 */
export async function listEarliestVideoCrossings(
  creatorId: string,
  accountId: string,
  ruleKeys: string[],
  tx: Tx = prisma,
): Promise<Crossing[]> {
  const rows = await tx.$queryRaw<(CrossingRow | { id: null })[]>`
    SELECT c.id::text, c.rule_key, c.subject_type, c.subject_id, c.day, c.value, c.reached_by
    FROM accounts a
    LEFT JOIN LATERAL (
      SELECT e.* FROM unnest(${ruleKeys}::text[]) AS k(rule_key)
      CROSS JOIN LATERAL (
        SELECT min(m.day) AS day FROM milestone_crossings m
        WHERE m.account_id = a.id AND m.rule_key = k.rule_key AND m.subject_type = 'video'
      ) AS first
      JOIN milestone_crossings e ON e.account_id = a.id AND e.rule_key = k.rule_key AND e.subject_type = 'video' AND e.day = first.day
    ) AS c ON true
    WHERE a.id = ${accountId} AND a.creator_id = ${creatorId}`;
  if (!rows.length) throw notFoundError("Account");
  return rows.filter((row): row is CrossingRow => row.id !== null).map(toCrossing);
}

/** Every stored event of the account (for comparisons with a full recomputation). */
export async function listStoredDetection(
  creatorId: string,
  accountId: string,
  tx: Tx = prisma,
): Promise<{ crossings: Crossing[]; stateChanges: StateChange[] }> {
  const crossings = (await listScope(creatorId, accountId, "all", tx)).map(toCrossing);
  const rows = await listStateChangeRows(creatorId, accountId, tx);
  return {
    crossings,
    stateChanges: rows.map((row) => ({ ruleKey: row.rule_key, kind: row.kind, day: dateToDay(row.day) })),
  };
}
