// The timeline's filter by kind: plain links, the current one marked with aria-current.
import Link from "next/link";
import type { TimelineCategory } from "@/lib/milestones";

const KINDS: { value: TimelineCategory | null; label: string }[] = [
  { value: null, label: "All" },
  { value: "views", label: "Views" },
  { value: "followers", label: "Followers" },
  { value: "eligibility", label: "Eligibility" },
  { value: "goals", label: "Goals" },
];

export function TimelineFilter({ basePath, current }: { basePath: string; current: TimelineCategory | null }) {
  return (
    <nav aria-label="Filter by kind" className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {KINDS.map(({ value, label }) => {
          const active = value === current;
          return (
            <li key={label}>
              <Link
                href={value ? `${basePath}?kind=${value}` : basePath}
                aria-current={active ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600 ${
                  active
                    ? "border-indigo-700 bg-indigo-700 text-white"
                    : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
                }`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
