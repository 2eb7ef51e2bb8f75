// An account's readings, newest first, with where each came from, and edit and delete per row.
import Link from "next/link";
import { formatDay } from "@/lib/time/days";
import { formatCount } from "@/lib/format/numbers";
import type { FormState } from "@/lib/http/form-state";
import type { AccountSnapshotRow } from "@/lib/models/account-snapshot";
import { replacedFollowersText } from "@/lib/format/reading-source";
import { SourceCell } from "./source-cell";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { NotRecorded } from "@/components/ui/not-recorded";
import { numTdClass, numThClass, tableClass, TableScroll, tdClass, thClass } from "@/components/ui/table";

const count = (value: number | null) => (value === null ? <NotRecorded /> : formatCount(value));

export function AccountHistoryTable({
  accountId,
  snapshots,
  deleteAction,
}: {
  accountId: string;
  snapshots: AccountSnapshotRow[];
  deleteAction: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  if (!snapshots.length)
    return (
      <p className="text-sm text-slate-700">No readings yet. Record today&apos;s followers to start the history.</p>
    );
  return (
    <TableScroll label="Account history">
      <table className={tableClass}>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              Day
            </th>
            <th scope="col" className={numThClass}>
              Followers
            </th>
            <th scope="col" className={numThClass}>
              Video views
            </th>
            <th scope="col" className={numThClass}>
              Profile views
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
            <th scope="col" className={thClass}>
              Source
            </th>
            <th scope="col" className={thClass}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {snapshots.map((s) => (
            <tr key={s.id}>
              <th scope="row" className={`${tdClass} text-left font-medium`}>
                {formatDay(s.day)}
              </th>
              <td className={numTdClass}>{formatCount(s.followers)}</td>
              <td className={numTdClass}>{count(s.videoViews)}</td>
              <td className={numTdClass}>{count(s.profileViews)}</td>
              <td className={numTdClass}>{count(s.likes)}</td>
              <td className={numTdClass}>{count(s.comments)}</td>
              <td className={numTdClass}>{count(s.shares)}</td>
              <SourceCell source={s.source} replaced={replacedFollowersText(s.replacedSource, s.replacedFollowers)} />
              <td className={tdClass}>
                <div className="flex items-center gap-2">
                  <Link
                    href={`/accounts/${accountId}/snapshots/${s.id}/edit`}
                    className="font-medium text-indigo-800 underline"
                    aria-describedby={`acc-snap-${s.id}`}
                  >
                    Edit
                  </Link>
                  <span id={`acc-snap-${s.id}`} className="sr-only">
                    the reading of {formatDay(s.day)}
                  </span>
                  <ConfirmDelete
                    action={deleteAction}
                    fields={{ accountId, snapshotId: s.id }}
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
