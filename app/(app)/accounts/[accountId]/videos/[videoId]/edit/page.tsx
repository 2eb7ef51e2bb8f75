import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getAccount } from "@/lib/queries/accounts";
import { getVideo } from "@/lib/queries/videos";
import { dayIn } from "@/lib/time/days";
import { orNotFound } from "@/lib/http/or-not-found";
import { idParams } from "@/lib/http/page-params";
import { videoLabel } from "@/lib/format/video-label";
import { VideoForm } from "@/components/videos/video-form";
import { Card } from "@/components/ui/card";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { PageHeader } from "@/components/ui/page-header";
import { deleteVideoAction, updateVideoAction } from "../../actions";

export const metadata: Metadata = { title: "Edit video" };

export default async function EditVideoPage({ params }: { params: Promise<{ accountId: string; videoId: string }> }) {
  const { accountId, videoId } = await idParams(params);
  const user = await requireUser();
  const [account, video] = await orNotFound(
    Promise.all([getAccount(user.id, accountId), getVideo(user.id, accountId, videoId)]),
  );
  return (
    <div className="max-w-xl space-y-8">
      <div>
        <PageHeader
          title="Edit video"
          back={{ href: `/accounts/${account.id}/videos/${video.id}`, label: videoLabel(video) }}
        />
        <VideoForm
          action={updateVideoAction}
          accountId={account.id}
          today={dayIn(account.timeZone, new Date())}
          video={video}
        />
      </div>
      <Card title="Delete this video">
        <p className="mb-3 text-sm text-slate-700">Deletes the video and all its readings. This cannot be undone.</p>
        <ConfirmDelete
          action={deleteVideoAction}
          fields={{ accountId: account.id, videoId: video.id }}
          what={`the video ${videoLabel(video)}`}
          consequence="Delete the video and its readings?"
        />
      </Card>
    </div>
  );
}
