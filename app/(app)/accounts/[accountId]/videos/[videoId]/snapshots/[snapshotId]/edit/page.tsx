import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getAccount } from "@/lib/queries/accounts";
import { getVideoSnapshot } from "@/lib/queries/snapshots";
import { getVideo } from "@/lib/queries/videos";
import { dayIn, formatDay } from "@/lib/time/days";
import { orNotFound } from "@/lib/http/or-not-found";
import { idParams } from "@/lib/http/page-params";
import { videoLabel } from "@/lib/format/video-label";
import { VideoReadingForm } from "@/components/snapshots/video-reading-form";
import { PageHeader } from "@/components/ui/page-header";
import { updateVideoSnapshotAction } from "../../../actions";

export const metadata: Metadata = { title: "Edit reading" };

export default async function EditVideoSnapshotPage({
  params,
}: {
  params: Promise<{ accountId: string; videoId: string; snapshotId: string }>;
}) {
  const { accountId, videoId, snapshotId } = await idParams(params);
  const user = await requireUser();
  const [account, video, snapshot] = await orNotFound(
    Promise.all([
      getAccount(user.id, accountId),
      getVideo(user.id, accountId, videoId),
      getVideoSnapshot(user.id, accountId, videoId, snapshotId),
    ]),
  );
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={`Edit the reading of ${formatDay(snapshot.day)}`}
        back={{ href: `/accounts/${account.id}/videos/${video.id}`, label: videoLabel(video) }}
      />
      <VideoReadingForm
        action={updateVideoSnapshotAction}
        accountId={account.id}
        videoId={video.id}
        today={dayIn(account.timeZone, new Date())}
        postedOn={video.postedOn}
        snapshot={snapshot}
      />
    </div>
  );
}
