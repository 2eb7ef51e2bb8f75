import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getGoalsOverview } from "@/lib/queries/goals";
import { orNotFound } from "@/lib/http/or-not-found";
import { idParams } from "@/lib/http/page-params";
import { GoalForm } from "@/components/goals/goal-form";
import { GoalList } from "@/components/goals/goal-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { createGoalAction, deleteGoalAction } from "./actions";

export const metadata: Metadata = { title: "Goals" };

export default async function GoalsPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await idParams(params);
  const user = await requireUser();
  const { account, today, videos, goals } = await orNotFound(getGoalsOverview(user.id, accountId, new Date()));
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Goals for @${account.handle}`}
        back={{ href: `/accounts/${account.id}`, label: `@${account.handle}` }}
        description="Your own numbers to reach. A goal with a target date says whether you are on track at your recent pace."
      />
      <Card title="Your goals">
        <GoalList accountId={account.id} rows={goals} deleteAction={deleteGoalAction} />
      </Card>
      <Card title="Add goal">
        <div className="max-w-xl">
          <GoalForm action={createGoalAction} accountId={account.id} videos={videos} today={today} />
        </div>
      </Card>
    </div>
  );
}
