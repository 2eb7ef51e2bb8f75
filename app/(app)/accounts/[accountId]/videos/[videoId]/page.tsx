import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { DASHBOARD_RANGES, type DashboardRange } from "@/lib/models/dashboard";
import { getVideoOverview } from "@/lib/queries/videos";
import { formatDay } from "@/lib/time/days";
import { orNotFound } from "@/lib/http/or-not-found";
import { idParams } from "@/lib/http/page-params";
import { oneOf, type SearchParamValue } from "@/lib/http/search-params";
import { videoLabel } from "@/lib/format/video-label";
import { VideoViewsChart } from "@/components/charts/video-views-chart";
import { RangeLinks } from "@/components/dashboard/range-links";
import { MilestoneList } from "@/components/milestones/milestone-list";
import { NextUpLine } from "@/components/milestones/next-up-panel";
import { VideoHistoryTable } from "@/components/snapshots/video-history-table";
import { VideoReadingForm } from "@/components/snapshots/video-reading-form";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { deleteVideoSnapshotAction, recordVideoSnapshotAction } from "./actions";

export const metadata: Metadata = { title: "Video" };

const DEFAULT_RANGE: DashboardRange = "90d";

export default async function VideoPage({
  params,
  searchParams,
}: {
  params: Promise<{ accountId: string; videoId: string }>;
  searchParams: Promise<Record<string, SearchParamValue>>;
}) {
  const { accountId, videoId } = await idParams(params);
  const range = oneOf((await searchParams).range, DASHBOARD_RANGES) ?? DEFAULT_RANGE;
  const user = await requireUser();
  const { account, video, today, snapshots, milestones, nextUp, series } = await orNotFound(
    getVideoOverview(user.id, accountId, videoId, range, new Date()),
  );
  const facts = [
    video.postedOn ? `Posted on ${formatDay(video.postedOn)}` : null,
    video.platformId ? `id ${video.platformId}` : null,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <div className="space-y-6">
      <PageHeader
        title={videoLabel(video)}
        back={{ href: `/accounts/${account.id}`, label: `@${account.handle}` }}
        description={
          <>
            {facts ? <p>{facts}</p> : null}
            {video.url ? (
              <p className="break-all">
                <a href={video.url} className="text-indigo-800 underline" rel="noopener noreferrer" target="_blank">
                  {video.url}
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
              </p>
            ) : null}
          </>
        }
        actions={
          <Link href={`/accounts/${account.id}/videos/${video.id}/edit`} className={buttonClass("secondary")}>
            Edit video
          </Link>
        }
      />
      <Card title="Views">
        {snapshots.length ? (
          <div className="space-y-4">
            <RangeLinks
              accountId={account.id}
              current={range}
              href={(r) => `/accounts/${account.id}/videos/${video.id}?range=${r}`}
            />
            {series.points.length ? (
              <VideoViewsChart points={series.points} markers={series.markers} bucket={series.bucket} />
            ) : (
              <p className="text-slate-700">No readings of this video in this range; choose a longer one.</p>
            )}
          </div>
        ) : (
          <p className="text-slate-700">
            No readings of this video yet. Record one below and its views appear here, with its milestones.
          </p>
        )}
      </Card>
      <Card title="Record a reading">
        <VideoReadingForm
          action={recordVideoSnapshotAction}
          accountId={account.id}
          videoId={video.id}
          today={today}
          postedOn={video.postedOn}
        />
      </Card>
      <Card title="Video history">
        <VideoHistoryTable
          accountId={account.id}
          videoId={video.id}
          snapshots={snapshots}
          deleteAction={deleteVideoSnapshotAction}
        />
      </Card>
      <Card title="Milestones">
        <div className="space-y-6">
          {nextUp ? (
            <NextUpLine
              row={{
                id: `video-${video.id}`,
                name: "Next up",
                progressLabel: `${videoLabel(video)} progress`,
                unit: "views",
                nextUp,
              }}
            />
          ) : null}
          <MilestoneList
            items={milestones}
            ruleSet={account.ruleSet}
            videoLabels={new Map([[video.id, videoLabel(video)]])}
            empty="No milestones for this video yet."
          />
        </div>
      </Card>
    </div>
  );
}
