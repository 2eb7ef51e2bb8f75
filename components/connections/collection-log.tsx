// The last 30 collection runs of an account: the day collected, what started it, the outcome, the counts, the error.
import { RUN_STATUS_LABELS, triggerLabel } from "@/lib/format/collection-run";
import { formatCount } from "@/lib/format/numbers";
import type { CollectionRunSummary } from "@/lib/models/connection";
import { formatDay } from "@/lib/time/days";
import { exactTime } from "@/components/notifications/notice-time";
import { TableScroll, numTdClass, numThClass, tableClass, tdClass, thClass } from "@/components/ui/table";

const count = (value: number | null) => (value === null ? "—" : formatCount(value));

export function CollectionLog({ runs, timeZone }: { runs: CollectionRunSummary[]; timeZone: string }) {
  if (!runs.length) return <p className="text-sm text-slate-700">No collection has run yet.</p>;
  return (
    <TableScroll label="Collection log">
      <table className={tableClass}>
        <caption className="sr-only">The last {runs.length} collections, newest first</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              Day
            </th>
            <th scope="col" className={thClass}>
              Started
            </th>
            <th scope="col" className={thClass}>
              Trigger
            </th>
            <th scope="col" className={thClass}>
              Outcome
            </th>
            <th scope="col" className={numThClass}>
              Followers
            </th>
            <th scope="col" className={numThClass}>
              Videos
            </th>
            <th scope="col" className={numThClass}>
              New videos
            </th>
            <th scope="col" className={thClass}>
              Error
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {runs.map((run) => (
            <tr key={run.id}>
              <td className={tdClass}>{formatDay(run.day)}</td>
              <td className={tdClass}>
                <time dateTime={run.startedAt.toISOString()}>{exactTime(run.startedAt, timeZone)}</time>
              </td>
              <td className={tdClass}>{triggerLabel(run.trigger)}</td>
              <td className={tdClass}>{RUN_STATUS_LABELS[run.status]}</td>
              <td className={numTdClass}>{count(run.followers)}</td>
              <td className={numTdClass}>
                {run.videoTotal !== null && run.status === "running"
                  ? `${count(run.videos)} of ${count(run.videoTotal)}`
                  : count(run.videos)}
              </td>
              <td className={numTdClass}>{count(run.videosCreated)}</td>
              <td className="min-w-48 whitespace-normal px-3 py-2 text-slate-800">{run.error ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
