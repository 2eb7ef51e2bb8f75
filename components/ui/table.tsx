// Tables scroll sideways inside their own box on narrow screens instead of widening the page.
import type { ReactNode } from "react";

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A focusable, labelled region so keyboard users can scroll it too.
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="relative -mx-4 overflow-x-auto px-4 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600 sm:mx-0 sm:px-0"
    >
      {children}
    </div>
  );
}

export const tableClass = "min-w-full divide-y divide-slate-200 text-sm";
export const thClass = "whitespace-nowrap px-3 py-2 text-left font-semibold text-slate-800";
export const numThClass = "whitespace-nowrap px-3 py-2 text-right font-semibold text-slate-800";
export const tdClass = "whitespace-nowrap px-3 py-2 text-slate-800";
export const numTdClass = "whitespace-nowrap px-3 py-2 text-right tabular-nums text-slate-800";
