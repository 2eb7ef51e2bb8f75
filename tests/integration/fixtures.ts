// Shared setup for integration tests: creators made directly in the database, and inputs parsed
// by the same zod schemas the forms use.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError, type ErrorCode } from "@/lib/errors";

export async function createCreator(label: string): Promise<string> {
  const creator = await prisma.creator.create({ data: { email: `${label}-${randomUUID()}@example.test`, passwordHash: "not-a-hash" }, select: { id: true } });
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
