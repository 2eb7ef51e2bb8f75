import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { requireAccount } from "@/lib/db/accounts";
import { listGoals } from "@/lib/db/goals";
import { getNextUpInputs } from "@/lib/db/milestones";
import { listVideos } from "@/lib/db/videos";
import { dayIn } from "@/lib/time/days";
import { orNotFound } from "@/lib/http/or-not-found";
import { idParams } from "@/lib/http/page-params";
import { videoLabel } from "@/lib/format/video-label";
import { GoalForm } from "@/components/goals/goal-form";
import { GoalList } from "@/components/goals/goal-list";
import { goalRows } from "@/components/goals/goal-rows";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { createGoalAction, deleteGoalAction } from "./actions";

export const metadata: Metadata = { title: "Goals" };

export default async function GoalsPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await idParams(params);
  const user = await requireUser();
  const [account, goals, videos, inputs] = await orNotFound(
    Promise.all([
      requireAccount(user.id, accountId),
      listGoals(user.id, accountId),
      listVideos(user.id, accountId),
      getNextUpInputs(user.id, accountId),
    ]),
  );
  const videoOptions = videos.map((v) => ({ id: v.id, label: videoLabel(v) }));
  const today = dayIn(account.timeZone, new Date());
  const rows = goalRows(goals, inputs, new Map(videoOptions.map((v) => [v.id, v.label])), today);
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Goals for @${account.handle}`}
        back={{ href: `/accounts/${account.id}`, label: `@${account.handle}` }}
        description="Your own numbers to reach. A goal with a target date says whether you are on track at your recent pace."
      />
      <Card title="Your goals">
        <GoalList accountId={account.id} rows={rows} deleteAction={deleteGoalAction} />
      </Card>
      <Card title="Add goal">
        <div className="max-w-xl">
          <GoalForm action={createGoalAction} accountId={account.id} videos={videoOptions} today={today} />
        </div>
      </Card>
    </div>
  );
}
