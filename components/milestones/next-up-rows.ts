// The rows of the "next up" panel, named and linked: the account's three series, then each video's. What each row
// projects comes worked out (lib/milestones accountNextUps, through lib/queries).
import type { AccountNextUp } from "@/lib/milestones";
import type { NextUpRow } from "./next-up-panel";

export function accountNextUpRows(nextUp: AccountNextUp, accountId: string): NextUpRow[] {
  return [
    {
      id: "followers",
      name: "Followers",
      progressLabel: "Followers progress",
      unit: "followers",
      nextUp: nextUp.followers,
    },
    {
      id: "views",
      name: "Account views",
      progressLabel: "Account views progress",
      unit: "views",
      nextUp: nextUp.views,
    },
    {
      id: "views30",
      name: "Views in the last 30 days",
      progressLabel: "Views in the last 30 days progress",
      unit: "views",
      nextUp: nextUp.views30,
    },
    ...nextUp.videos.map((video): NextUpRow => ({
      id: `video-${video.id}`,
      name: video.label,
      progressLabel: `${video.label} progress`,
      unit: "views",
      href: `/accounts/${accountId}/videos/${video.id}`,
      nextUp: video.nextUp,
    })),
  ];
}
