// Income a creator logged by hand for an account (micro-dollars). Scoped through the account's creator.
import { dateToDay, dayToDate, type Day } from "@/lib/time/days";
import { notFoundError } from "@/lib/errors/app-error";
import type { IncomeStream } from "@/lib/validation/earnings";
import { requireAccount } from "./accounts";
import { prisma, type Tx } from "./client";
import type { IncomeRecord } from "@/lib/models/income";

export interface IncomeData {
  day: Day;
  stream: IncomeStream;
  amount: number;
  note?: string;
}

const select = { id: true, accountId: true, day: true, stream: true, amount: true, note: true } as const;
type Row = { id: string; accountId: string; day: Date; stream: IncomeStream; amount: bigint; note: string | null };

function toRecord(row: Row): IncomeRecord {
  return { ...row, day: dateToDay(row.day), amount: Number(row.amount) };
}

/** The account's logged income, newest day first. */
export async function listIncome(creatorId: string, accountId: string, tx: Tx = prisma): Promise<IncomeRecord[]> {
  const account = await tx.account.findFirst({
    where: { id: accountId, creatorId },
    select: { income: { orderBy: [{ day: "desc" }, { createdAt: "desc" }, { id: "asc" }], select } },
  });
  if (!account) throw notFoundError("Account");
  return account.income.map(toRecord);
}

export async function insertIncome(
  creatorId: string,
  accountId: string,
  data: IncomeData,
  tx: Tx = prisma,
): Promise<IncomeRecord> {
  await requireAccount(creatorId, accountId, tx);
  const row = await tx.loggedIncome.create({
    data: {
      accountId,
      day: dayToDate(data.day),
      stream: data.stream,
      amount: BigInt(data.amount),
      note: data.note ?? null,
    },
    select,
  });
  return toRecord(row);
}

export async function deleteIncome(
  creatorId: string,
  accountId: string,
  incomeId: string,
  tx: Tx = prisma,
): Promise<void> {
  const { count } = await tx.loggedIncome.deleteMany({ where: { id: incomeId, accountId, account: { creatorId } } });
  if (!count) throw notFoundError("Income");
}
