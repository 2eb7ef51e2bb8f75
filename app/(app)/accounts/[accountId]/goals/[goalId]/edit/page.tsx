import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getAccount } from "@/lib/queries/accounts";
import { getGoal } from "@/lib/queries/goals";
import { listVideoOptions } from "@/lib/queries/videos";
import { dayIn } from "@/lib/time/days";
import { orNotFound } from "@/lib/http/or-not-found";
import { idParams } from "@/lib/http/page-params";
import { GoalForm } from "@/components/goals/goal-form";
import { PageHeader } from "@/components/ui/page-header";
import { updateGoalAction } from "../../actions";

export const metadata: Metadata = { title: "Edit goal" };

export default async function EditGoalPage({ params }: { params: Promise<{ accountId: string; goalId: string }> }) {
  const { accountId, goalId } = await idParams(params);
  const user = await requireUser();
  const [account, goal, videos] = await orNotFound(
    Promise.all([
      getAccount(user.id, accountId),
      getGoal(user.id, accountId, goalId),
      listVideoOptions(user.id, accountId),
    ]),
  );
  return (
    <div className="max-w-xl">
      <PageHeader
        title="Edit goal"
        back={{ href: `/accounts/${account.id}/goals`, label: `Goals for @${account.handle}` }}
      />
      <GoalForm
        action={updateGoalAction}
        accountId={account.id}
        videos={videos}
        goal={goal}
        today={dayIn(account.timeZone, new Date())}
      />
    </div>
  );
}
