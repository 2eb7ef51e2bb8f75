// From what lib/db/milestones gathers to the rows of the "next up" panel. `today` comes from the page
// (the account's calendar day); the projections themselves are lib/milestones' pure functions.
import type { Day } from "@/lib/time/days";
import type { NextUpInputs } from "@/lib/db/milestones";
import { nextUpForMetric, videoNextUp } from "@/lib/milestones";
import type { NextUpRow } from "./next-up-panel";

export function accountNextUpRows(inputs: NextUpInputs, accountId: string, today: Day): NextUpRow[] {
  const { ruleSet, series } = inputs;
  return [
    {
      id: "followers",
      name: "Followers",
      progressLabel: "Followers progress",
      unit: "followers",
      nextUp: nextUpForMetric("account.followers", series.followers, ruleSet, today),
    },
    {
      id: "views",
      name: "Account views",
      progressLabel: "Account views progress",
      unit: "views",
      nextUp: nextUpForMetric("account.views", series.total, ruleSet, today),
    },
    {
      id: "views30",
      name: "Views in the last 30 days",
      progressLabel: "Views in the last 30 days progress",
      unit: "views",
      nextUp: nextUpForMetric("account.views30", series.trailing30, ruleSet, today),
    },
    ...inputs.videos.map((video) => videoRow(inputs, accountId, video, today)),
  ];
}

/** The row of one of the account's videos; null when the video is not among the inputs. */
export function videoNextUpRow(inputs: NextUpInputs, accountId: string, videoId: string, today: Day): NextUpRow | null {
  const video = inputs.videos.find((v) => v.id === videoId);
  return video ? videoRow(inputs, accountId, video, today) : null;
}

function videoRow(
  inputs: NextUpInputs,
  accountId: string,
  video: NextUpInputs["videos"][number],
  today: Day,
): NextUpRow {
  return {
    id: `video-${video.id}`,
    name: video.label,
    progressLabel: `${video.label} progress`,
    unit: "views",
    href: `/accounts/${accountId}/videos/${video.id}`,
    nextUp: videoNextUp(inputs.ruleSet, video, today),
  };
}
