// Income a creator logged by hand for an account.
import type { Day } from "@/lib/time/days";
import type { IncomeStream } from "@/lib/validation/earnings";

export interface IncomeRecord {
  id: string;
  accountId: string;
  day: Day;
  stream: IncomeStream;
  amount: number; // micro-dollars
  note: string | null;
}
