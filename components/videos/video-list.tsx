// An account's videos with their latest reading.
import Link from "next/link";
import { formatDay } from "@/lib/time/days";
import { formatCount } from "@/lib/format/numbers";
import type { VideoWithLastReading } from "@/lib/models/video";
import { videoLabel } from "@/lib/format/video-label";
import { numTdClass, numThClass, tableClass, TableScroll, tdClass, thClass } from "@/components/ui/table";

export function VideoList({ accountId, videos }: { accountId: string; videos: VideoWithLastReading[] }) {
  if (!videos.length)
    return <p className="text-sm text-slate-700">No videos yet. Add the videos you want to follow.</p>;
  return (
    <TableScroll label="Videos">
      <table className={tableClass}>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              Video
            </th>
            <th scope="col" className={thClass}>
              Posted on
            </th>
            <th scope="col" className={numThClass}>
              Views
            </th>
            <th scope="col" className={thClass}>
              Last reading
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {videos.map((video) => (
            <tr key={video.id}>
              <th scope="row" className="max-w-[16rem] truncate px-3 py-2 text-left font-medium sm:max-w-md">
                <Link href={`/accounts/${accountId}/videos/${video.id}`} className="text-indigo-800 underline">
                  {videoLabel(video)}
                </Link>
              </th>
              <td className={tdClass}>{video.postedOn ? formatDay(video.postedOn) : "—"}</td>
              <td className={numTdClass}>{video.lastViews === null ? "—" : formatCount(video.lastViews)}</td>
              <td className={tdClass}>{video.lastDay ? formatDay(video.lastDay) : "None yet"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
