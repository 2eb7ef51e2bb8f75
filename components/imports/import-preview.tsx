// What an upload will do, before anything is written: counts, the export day (editable), every row that cannot be
// read or imported with its file and line, and the rows that would make the whole import fail.
import { formatDay } from "@/lib/time/days";
import { formatCount } from "@/lib/format/numbers";
import type { ImportPreview } from "@/lib/models/import-preview";
import { TableScroll, tableClass, tdClass, thClass } from "@/components/ui/table";

const BASIS: Record<ImportPreview["suggestion"]["basis"], string> = {
  "content-time": "the export time in",
  "last-row": "the day after the last row of",
  today: "today: the files do not say",
};

function Count({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-md border border-slate-200 px-3 py-2">
      <dt className="text-xs font-medium text-slate-600">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums text-slate-900">{value}</dd>
    </div>
  );
}

export function ImportPreviewSummary({ preview }: { preview: ImportPreview }) {
  const { accountDays, videos, videoReadings } = preview;
  const range =
    accountDays.firstDay && accountDays.lastDay
      ? `${formatDay(accountDays.firstDay)} – ${formatDay(accountDays.lastDay)}`
      : "none";
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        Suggested export day: {formatDay(preview.suggestion.day)} ({BASIS[preview.suggestion.basis]}
        {preview.suggestion.file ? ` ${preview.suggestion.file}` : ""}).
      </p>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3" aria-label="What the import will do">
        <Count label="New account days" value={formatCount(accountDays.create)} />
        <Count label="Account days replaced" value={formatCount(accountDays.replace)} />
        <Count label="New videos" value={formatCount(videos.create.length)} />
        <Count label="Videos already tracked" value={formatCount(videos.existing.length)} />
        <Count label="New video readings" value={formatCount(videoReadings.create)} />
        <Count label="Video readings replaced" value={formatCount(videoReadings.replace)} />
      </dl>
      <p className="text-sm text-slate-700">Account days covered: {range}.</p>
      {videos.create.length ? (
        <details className="text-sm text-slate-800">
          <summary className="cursor-pointer font-medium">Videos to create ({videos.create.length})</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {videos.create.map((video) => (
              <li key={video.platformId} className="break-all">
                {video.title ?? "Untitled"} <span className="text-slate-600">({video.platformId})</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {preview.blocking.length ? (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <p className="font-semibold">These rows would make the import fail, so nothing can be imported yet:</p>
          <ul className="mt-1 list-disc pl-5">
            {preview.blocking.slice(0, 20).map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          {preview.blocking.length > 20 ? <p>…and {preview.blocking.length - 20} more.</p> : null}
        </div>
      ) : null}
      <ImportProblems problems={preview.problems} />
    </div>
  );
}

function ImportProblems({ problems }: { problems: ImportPreview["problems"] }) {
  if (!problems.length) return <p className="text-sm text-slate-700">Every row could be read.</p>;
  return (
    <section aria-labelledby="import-problems-heading">
      <h3 id="import-problems-heading" className="text-base font-semibold text-slate-900">
        Rows that cannot be imported ({problems.length})
      </h3>
      <TableScroll label="Rows that cannot be imported">
        <table className={tableClass}>
          <thead>
            <tr>
              <th scope="col" className={thClass}>
                File
              </th>
              <th scope="col" className={thClass}>
                Line
              </th>
              <th scope="col" className={thClass}>
                Problem
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {problems.map((problem, i) => (
              <tr key={`${problem.file}-${problem.line}-${i}`}>
                <td className={tdClass}>{problem.file}</td>
                <td className={`${tdClass} tabular-nums`}>{problem.line ?? "—"}</td>
                <td className="min-w-60 px-3 py-2 text-slate-800">{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
