import Link from "next/link";
import { DASHBOARD_RANGES, type DashboardRange } from "@/lib/models/dashboard";

export const RANGE_LABELS: Record<DashboardRange, string> = {
  "30d": "30 days",
  "90d": "90 days",
  "1y": "1 year",
  all: "All",
};

const dashboardHref = (accountId: string, range: DashboardRange) =>
  `/dashboard?account=${encodeURIComponent(accountId)}&range=${range}`;

/**
 * The range choice as links (a page per range, shareable), the current one marked with aria-current.
 * `href` gives a range's address; by default the account's dashboard.
 */
export function RangeLinks({
  accountId,
  current,
  href = (range) => dashboardHref(accountId, range),
}: {
  accountId: string;
  current: DashboardRange;
  href?: (range: DashboardRange) => string;
}) {
  return (
    <nav aria-label="Range" className="flex flex-wrap gap-1 rounded-md bg-slate-100 p-1 text-sm">
      {DASHBOARD_RANGES.map((range) => (
        <Link
          key={range}
          href={href(range)}
          aria-current={range === current ? "page" : undefined}
          className={`rounded px-3 py-1 font-medium ${range === current ? "bg-white text-indigo-800 shadow-sm" : "text-slate-700 hover:text-indigo-800"}`}
        >
          {RANGE_LABELS[range]}
        </Link>
      ))}
    </nav>
  );
}
