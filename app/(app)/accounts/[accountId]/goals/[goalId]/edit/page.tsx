import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { requireAccount } from "@/lib/db/accounts";
import { requireGoal } from "@/lib/db/goals";
import { listVideos } from "@/lib/db/videos";
import { dayIn } from "@/lib/time/days";
import { orNotFound } from "@/lib/http/or-not-found";
import { idParams } from "@/lib/http/page-params";
import { videoLabel } from "@/lib/format/video-label";
import { GoalForm } from "@/components/goals/goal-form";
import { PageHeader } from "@/components/ui/page-header";
import { updateGoalAction } from "../../actions";

export const metadata: Metadata = { title: "Edit goal" };

export default async function EditGoalPage({ params }: { params: Promise<{ accountId: string; goalId: string }> }) {
  const { accountId, goalId } = await idParams(params);
  const user = await requireUser();
  const [account, goal, videos] = await orNotFound(
    Promise.all([
      requireAccount(user.id, accountId),
      requireGoal(user.id, accountId, goalId),
      listVideos(user.id, accountId),
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
        videos={videos.map((v) => ({ id: v.id, label: videoLabel(v) }))}
        goal={goal}
        today={dayIn(account.timeZone, new Date())}
      />
    </div>
  );
}
