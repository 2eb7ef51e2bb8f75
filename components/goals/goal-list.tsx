// The account's goals: what each counts, its target and date, whether it is on track, and progress.
import Link from "next/link";
import type { FormState } from "@/lib/http/form-state";
import { formatDay } from "@/lib/time/days";
import { formatCount } from "@/lib/format/numbers";
import type { GoalStatus } from "@/lib/milestones";
import type { GoalProgress } from "@/lib/models/goal";
import { GOAL_METRIC_LABELS } from "@/lib/validation/goals";
import { goalTitle, percent, projectionText, unitOf } from "@/lib/format/describe-milestones";
import { ProgressBar } from "@/components/milestones/progress-bar";
import { ConfirmDelete } from "@/components/ui/confirm-delete";

const STATUS: Record<GoalStatus, { label: string; className: string }> = {
  achieved: { label: "Achieved", className: "bg-green-100 text-green-900" },
  "on track": { label: "On track", className: "bg-indigo-100 text-indigo-900" },
  behind: { label: "Behind", className: "bg-amber-100 text-amber-900" },
  "no target date": { label: "No target date", className: "bg-slate-100 text-slate-800" },
};

export interface GoalListProps {
  accountId: string;
  rows: GoalProgress[];
  deleteAction: (state: FormState, formData: FormData) => Promise<FormState>;
}

export function GoalList({ accountId, rows, deleteAction }: GoalListProps) {
  if (!rows.length)
    return (
      <p className="text-sm text-slate-700">
        No goals yet. Add one below: a number to reach, and a date if you have one in mind.
      </p>
    );
  return (
    <ul aria-label="Goals" className="divide-y divide-slate-100">
      {rows.map((row) => (
        <GoalItem key={row.goal.id} accountId={accountId} row={row} deleteAction={deleteAction} />
      ))}
    </ul>
  );
}

function GoalItem({
  accountId,
  row,
  deleteAction,
}: {
  accountId: string;
  row: GoalProgress;
  deleteAction: GoalListProps["deleteAction"];
}) {
  const { goal, videoLabel, nextUp, status, crossing } = row;
  const title = goalTitle(goal.metric, goal.threshold, videoLabel); // "2,000 followers"
  const unit = unitOf(goal.metric);
  const amount = `${formatCount(nextUp.current)} of ${formatCount(goal.threshold)} ${unit}`;
  const describedId = `goal-${goal.id}`;
  const badge = STATUS[status];
  return (
    <li className="space-y-2 py-4 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="break-words font-semibold text-slate-900">
            {title}
            {goal.label ? <span className="font-normal text-slate-700"> · {goal.label}</span> : null}
          </p>
          <p className="text-sm text-slate-700">
            {GOAL_METRIC_LABELS[goal.metric]} ·{" "}
            {goal.targetDay ? `target date ${formatDay(goal.targetDay)}` : "no target date"}
          </p>
        </div>
        <p className="text-sm">
          <span className="sr-only">Status: </span>
          <span className={`inline-block rounded-full px-2.5 py-0.5 font-medium ${badge.className}`}>
            {badge.label}
          </span>
        </p>
      </div>
      <div className="space-y-1">
        <p className="text-sm tabular-nums text-slate-800">
          {amount} · {percent(nextUp.progress)}%
        </p>
        <ProgressBar label={`${title} progress`} progress={nextUp.progress} valueText={amount} />
        <p className="text-sm text-slate-700">
          {crossing ? `Reached on ${formatDay(crossing.day)}` : projectionText(nextUp.projection)}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Link
          href={`/accounts/${accountId}/goals/${goal.id}/edit`}
          className="text-sm font-medium text-indigo-800 underline"
          aria-describedby={describedId}
        >
          Edit
        </Link>
        <span id={describedId} className="sr-only">
          the goal {title}
        </span>
        <ConfirmDelete
          action={deleteAction}
          fields={{ accountId, goalId: goal.id }}
          what={`the goal ${title}`}
          size="small"
        />
      </div>
    </li>
  );
}
