// A progress bar read out as its name, its percentage and "1,020 of 10,000 followers".
// Named by `title`, not aria-label: Playwright's getByLabel("Followers") matches aria-label substrings, and specs
// that click away from a page holding these bars look up form fields by such words while the page still shows.
import { percent } from "@/lib/format/describe-milestones";

export function ProgressBar({ label, progress, valueText }: { label: string; progress: number; valueText: string }) {
  const value = percent(progress);
  return (
    <div
      role="progressbar"
      title={label}
      aria-valuenow={value}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuetext={`${value}%: ${valueText}`}
      className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
    >
      <div className="h-full rounded-full bg-indigo-700" style={{ width: `${value}%` }} />
    </div>
  );
}
