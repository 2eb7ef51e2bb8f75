// Logged income, newest first, with its total. Shown beside the estimate, never added into it.
import type { FormState } from "@/lib/http/form-state";
import type { IncomeRecord } from "@/lib/models/income";
import { formatDay } from "@/lib/time/days";
import { formatMoney } from "@/lib/earnings/format";
import { INCOME_STREAM_LABELS } from "@/lib/validation/earnings";
import { ConfirmDelete } from "@/components/ui/confirm-delete";

export interface IncomeListProps {
  accountId: string;
  income: IncomeRecord[];
  deleteAction: (state: FormState, formData: FormData) => Promise<FormState>;
}

export function IncomeList({ accountId, income, deleteAction }: IncomeListProps) {
  if (!income.length)
    return (
      <p className="text-sm text-slate-700">
        No income logged yet. Log LIVE gifts, brand deals or payouts below as they come in.
      </p>
    );
  const total = income.reduce((sum, row) => sum + row.amount, 0);
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-800">
        Logged in total: <strong className="tabular-nums">{formatMoney(total)}</strong>
      </p>
      <ul aria-label="Logged income" className="divide-y divide-slate-100">
        {income.map((row) => {
          const what = `${INCOME_STREAM_LABELS[row.stream]} of ${formatMoney(row.amount)} on ${formatDay(row.day)}`;
          return (
            <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div className="min-w-0">
                <p className="text-sm text-slate-900">
                  <span className="font-semibold tabular-nums">{formatMoney(row.amount)}</span> ·{" "}
                  {INCOME_STREAM_LABELS[row.stream]} · {formatDay(row.day)}
                </p>
                {row.note ? <p className="break-words text-sm text-slate-700">{row.note}</p> : null}
              </div>
              <ConfirmDelete action={deleteAction} fields={{ accountId, incomeId: row.id }} what={what} size="small" />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
