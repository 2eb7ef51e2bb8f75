// Every delivery of the creator's notices, newest first: where it went, how it went and what comes next.
import Link from "next/link";
import type { DeliveryRecord } from "@/lib/models/notice";
import { TableScroll, numTdClass, numThClass, tableClass, tdClass, thClass } from "@/components/ui/table";
import { CHANNEL_WORDS, formatTime, statusWords } from "./delivery-status";

const WAITING = new Set<DeliveryRecord["status"]>(["pending", "sending"]);

function Time({ date }: { date: Date | null }) {
  return date ? (
    <time dateTime={date.toISOString()}>{formatTime(date)}</time>
  ) : (
    <span className="text-slate-500">—</span>
  );
}

export function DeliveryLog({ deliveries }: { deliveries: DeliveryRecord[] }) {
  return (
    <TableScroll label="Delivery log">
      <table className={tableClass}>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              Notice
            </th>
            <th scope="col" className={thClass}>
              Channel
            </th>
            <th scope="col" className={thClass}>
              Status
            </th>
            <th scope="col" className={numThClass}>
              Attempts
            </th>
            <th scope="col" className={thClass}>
              Last error
            </th>
            <th scope="col" className={thClass}>
              Next attempt
            </th>
            <th scope="col" className={thClass}>
              Delivered
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {deliveries.map((d) => {
            const failed = d.status === "failed";
            return (
              <tr key={d.id} data-status={d.status} className={failed ? "bg-red-50" : undefined}>
                <td className={`${tdClass} min-w-44 whitespace-normal ${failed ? "border-l-4 border-red-600" : ""}`}>
                  <Link href={d.notice.link} className="font-medium text-indigo-800 underline-offset-2 hover:underline">
                    {d.notice.title}
                  </Link>
                  <div className="text-xs text-slate-600">
                    Written <Time date={d.createdAt} />
                  </div>
                </td>
                <td className={tdClass}>{CHANNEL_WORDS[d.channel]}</td>
                <td className={`${tdClass} ${failed ? "font-semibold text-red-800" : ""}`}>
                  {failed ? <span aria-hidden="true">⚠ </span> : null}
                  {statusWords(d)}
                </td>
                <td className={numTdClass}>{d.attempts}</td>
                <td
                  className={`${tdClass} min-w-40 max-w-xs whitespace-normal break-words ${failed ? "text-red-900" : ""}`}
                >
                  {d.lastError ?? <span className="text-slate-500">—</span>}
                </td>
                <td className={`${tdClass} min-w-28 whitespace-normal`}>
                  <Time date={WAITING.has(d.status) ? d.nextAttemptAt : null} />
                </td>
                <td className={`${tdClass} min-w-28 whitespace-normal`}>
                  <Time date={d.deliveredAt} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
