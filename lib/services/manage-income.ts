// Logging and deleting real income. It is listed beside the estimate, never added into it.
import { requireAccount } from "@/lib/db/accounts";
import { prisma } from "@/lib/db/client";
import * as income from "@/lib/db/logged-income";
import type { IncomeRecord } from "@/lib/models/income";
import { AppError } from "@/lib/errors/app-error";
import type { IncomeInput, IncomeRef } from "@/lib/validation/earnings";
import { futureDayError } from "@/lib/validation/snapshots";

/** Income is logged for a day that has begun in the account's time zone, like a reading (VALIDATION on `day`). */
export async function logIncome(creatorId: string, input: IncomeInput, now = new Date()): Promise<IncomeRecord> {
  const { day, stream, amount, note } = input;
  const account = await requireAccount(creatorId, input.accountId);
  const future = futureDayError(day, account.timeZone, now);
  if (future) throw new AppError("VALIDATION", "Income can only be logged for a day that has come.", { day: [future] });
  return prisma.$transaction((tx) =>
    income.insertIncome(creatorId, input.accountId, { day, stream, amount, note }, tx),
  );
}

export function deleteIncome(creatorId: string, input: IncomeRef): Promise<void> {
  return prisma.$transaction((tx) => income.deleteIncome(creatorId, input.accountId, input.incomeId, tx));
}
