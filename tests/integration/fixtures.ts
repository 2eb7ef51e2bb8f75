// Shared setup for integration tests: creators made directly in the database, and inputs parsed
// by the same zod schemas the forms use.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError, type ErrorCode } from "@/lib/errors/app-error";

export async function createCreator(label: string): Promise<string> {
  const creator = await prisma.creator.create({
    data: { email: `${label}-${randomUUID()}@example.test`, passwordHash: "not-a-hash" },
    select: { id: true },
  });
  return creator.id;
}

/** Parses raw form-like input with a schema; throws when it does not parse. */
export function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  return schema.parse(raw);
}

/** Awaits `promise` and returns the AppError it rejects with, failing the test otherwise. */
export async function appErrorOf(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected AppError ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

export interface StoredVideoReading {
  videoId: string;
  day: string;
  views: number;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
}

/**
 * Video readings as stored (video_reading_months unfolded by the video_snapshots view, one row per reading),
 * ascending by video and day; only the account's, these videos' or `day`'s when given.
 */
export async function storedVideoReadings(
  filter: { accountId?: string; videoIds?: string[]; day?: string } = {},
): Promise<StoredVideoReading[]> {
  const rows = await prisma.$queryRaw<
    {
      video_id: string;
      day: Date;
      views: bigint;
      likes: bigint | null;
      comments: bigint | null;
      shares: bigint | null;
      saves: bigint | null;
    }[]
  >`
    SELECT s.video_id, s.day, s.views, s.likes, s.comments, s.shares, s.saves FROM video_snapshots s JOIN videos v ON v.id = s.video_id
    WHERE (${filter.accountId ?? null}::text IS NULL OR v.account_id = ${filter.accountId ?? null}::text)
      AND (${filter.videoIds ?? null}::text[] IS NULL OR s.video_id = ANY(${filter.videoIds ?? null}::text[]))
      AND (${filter.day ?? null}::date IS NULL OR s.day = ${filter.day ?? null}::date)
    ORDER BY s.video_id, s.day`;
  const optional = (value: bigint | null) => (value === null ? null : Number(value));
  return rows.map((r) => ({
    videoId: r.video_id,
    day: r.day.toISOString().slice(0, 10),
    views: Number(r.views),
    likes: optional(r.likes),
    comments: optional(r.comments),
    shares: optional(r.shares),
    saves: optional(r.saves),
  }));
}
