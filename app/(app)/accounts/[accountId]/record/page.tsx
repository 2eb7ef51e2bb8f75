import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getAccount } from "@/lib/queries/accounts";
import { listVideos } from "@/lib/queries/videos";
import { dayIn, formatDay } from "@/lib/time/days";
import { orNotFound } from "@/lib/http/or-not-found";
import { idParams } from "@/lib/http/page-params";
import { videoLabel } from "@/lib/format/video-label";
import { RecordDayForm } from "@/components/snapshots/record-day-form";
import { PageHeader } from "@/components/ui/page-header";
import { recordDayAction } from "./actions";

export const metadata: Metadata = { title: "Record today" };

export default async function RecordDayPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await idParams(params);
  const user = await requireUser();
  const [account, videos] = await orNotFound(
    Promise.all([getAccount(user.id, accountId), listVideos(user.id, accountId)]),
  );
  const today = dayIn(account.timeZone, new Date());
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={`Record today for @${account.handle}`}
        back={{ href: `/accounts/${account.id}`, label: `@${account.handle}` }}
        description={`Today is ${formatDay(today)} in ${account.timeZone}. Recording a day again replaces that day's numbers.`}
      />
      <RecordDayForm
        action={recordDayAction}
        accountId={account.id}
        today={today}
        videos={videos.map((video) => ({
          id: video.id,
          label: videoLabel(video),
          lastViews: video.lastViews,
          lastDay: video.lastDay,
        }))}
      />
    </div>
  );
}
