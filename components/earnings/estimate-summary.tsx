// The cumulative estimate so far, per stream and in total, as low–high ranges.
import { formatMoneyRange } from "@/lib/earnings/format";
import { STREAM_LABELS, STREAMS, type EarningsSettings, type Stream } from "@/lib/earnings/rates";
import type { MoneyRange, StreamRanges } from "@/lib/earnings/estimate";
import { tableClass, TableScroll, tdClass, thClass, numTdClass, numThClass } from "@/components/ui/table";

export interface EstimateSummaryProps {
  streams: StreamRanges;
  total: MoneyRange;
  settings: EarningsSettings;
  creatorFundHoldsNow: boolean;
}

function streamNote(stream: Stream, settings: EarningsSettings, creatorFundHoldsNow: boolean): string {
  if (stream === "creator_fund") {
    if (!settings.enrolledCreatorFund) return "not enrolled";
    return creatorFundHoldsNow ? "eligible now" : "counts only on eligible days";
  }
  return settings[stream] ? "on" : "off";
}

export function EstimateSummary({ streams, total, settings, creatorFundHoldsNow }: EstimateSummaryProps) {
  return (
    <TableScroll label="Estimated earnings so far">
      <table className={tableClass}>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              Stream
            </th>
            <th scope="col" className={thClass}>
              Status
            </th>
            <th scope="col" className={numThClass}>
              Estimated so far
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {STREAMS.map((stream) => (
            <tr key={stream}>
              <th scope="row" className={`${tdClass} font-medium`}>
                {STREAM_LABELS[stream]}
              </th>
              <td className={tdClass}>{streamNote(stream, settings, creatorFundHoldsNow)}</td>
              <td className={numTdClass} data-testid={`estimate-${stream}`}>
                {formatMoneyRange(streams[stream].low, streams[stream].high)}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row" className={`${tdClass} font-semibold`}>
              Total
            </th>
            <td className={tdClass} />
            <td className={`${numTdClass} font-semibold`} data-testid="estimate-total">
              {formatMoneyRange(total.low, total.high)}
            </td>
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}
