// A video's readings, newest first: cumulative views, the change since the reading before, the optional figures and
// where the reading came from.
import Link from "next/link";
import { formatDay } from "@/lib/time/days";
import { formatCount } from "@/lib/format/numbers";
import type { FormState } from "@/lib/http/form-state";
import type { VideoSnapshotRow } from "@/lib/models/video-snapshot";
import { replacedReadingText } from "@/lib/format/reading-source";
import { SourceCell } from "./source-cell";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { NotRecorded } from "@/components/ui/not-recorded";
import { numTdClass, numThClass, tableClass, TableScroll, tdClass, thClass } from "@/components/ui/table";

const count = (value: number | null) => (value === null ? <NotRecorded /> : formatCount(value));

function change(current: number, previous: VideoSnapshotRow | undefined) {
  if (!previous) return <NotRecorded label="first reading" />;
  const diff = current - previous.views;
  if (diff < 0) return <span className="font-medium text-amber-800">−{formatCount(-diff)}</span>;
  return `+${formatCount(diff)}`;
}

export function VideoHistoryTable({
  accountId,
  videoId,
  snapshots,
  deleteAction,
}: {
  accountId: string;
  videoId: string;
  snapshots: VideoSnapshotRow[];
  deleteAction: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  if (!snapshots.length) return <p className="text-sm text-slate-700">No readings yet.</p>;
  return (
    <TableScroll label="Video history">
      <table className={tableClass}>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              Day
            </th>
            <th scope="col" className={numThClass}>
              Views
            </th>
            <th scope="col" className={numThClass}>
              Change
            </th>
            <th scope="col" className={numThClass}>
              Likes
            </th>
            <th scope="col" className={numThClass}>
              Comments
            </th>
            <th scope="col" className={numThClass}>
              Shares
            </th>
            <th scope="col" className={numThClass}>
              Saves
            </th>
            <th scope="col" className={thClass}>
              Source
            </th>
            <th scope="col" className={thClass}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {snapshots.map((s, index) => (
            <tr key={s.id}>
              <th scope="row" className={`${tdClass} text-left font-medium`}>
                {formatDay(s.day)}
              </th>
              <td className={numTdClass}>{formatCount(s.views)}</td>
              <td className={numTdClass}>{change(s.views, snapshots[index + 1])}</td>
              <td className={numTdClass}>{count(s.likes)}</td>
              <td className={numTdClass}>{count(s.comments)}</td>
              <td className={numTdClass}>{count(s.shares)}</td>
              <td className={numTdClass}>{count(s.saves)}</td>
              <SourceCell source={s.source} replaced={replacedReadingText(s.replacedSource)} />
              <td className={tdClass}>
                <div className="flex items-center gap-2">
                  <Link
                    href={`/accounts/${accountId}/videos/${videoId}/snapshots/${s.id}/edit`}
                    className="font-medium text-indigo-800 underline"
                    aria-describedby={`vid-snap-${s.id}`}
                  >
                    Edit
                  </Link>
                  <span id={`vid-snap-${s.id}`} className="sr-only">
                    the reading of {formatDay(s.day)}
                  </span>
                  <ConfirmDelete
                    action={deleteAction}
                    fields={{ accountId, videoId, snapshotId: s.id }}
                    what={`the reading of ${formatDay(s.day)}`}
                    size="small"
                  />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
