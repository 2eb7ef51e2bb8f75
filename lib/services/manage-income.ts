// Logging and deleting real income. It is listed beside the estimate, never added into it.
import { prisma } from "@/lib/db/client";
import * as income from "@/lib/db/logged-income";
import type { IncomeInput, IncomeRef } from "@/lib/validation/earnings";

export function logIncome(creatorId: string, input: IncomeInput): Promise<income.IncomeRecord> {
  const { day, stream, amount, note } = input;
  return prisma.$transaction((tx) => income.insertIncome(creatorId, input.accountId, { day, stream, amount, note }, tx));
}

export function deleteIncome(creatorId: string, input: IncomeRef): Promise<void> {
  return prisma.$transaction((tx) => income.deleteIncome(creatorId, input.accountId, input.incomeId, tx));
}
