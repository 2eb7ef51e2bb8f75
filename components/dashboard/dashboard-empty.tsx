import type { ReactNode } from "react";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

/** A new creator's dashboard: what to do first. */
export function DashboardEmpty({ sampleAction }: { sampleAction?: ReactNode }) {
  return (
    <>
      <PageHeader title="Dashboard" />
      <section className="space-y-4 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
        <h2 className="text-lg font-semibold text-slate-900">Start with the account you want to grow</h2>
        <ol className="list-decimal space-y-1 pl-5">
          <li>Add your TikTok handle.</li>
          <li>Add a few of your videos.</li>
          <li>
            Record today&apos;s followers and views — every day you do, the charts here grow and your milestones appear.
          </li>
        </ol>
        <div className="flex flex-wrap gap-3">
          <Link href="/accounts/new" className={buttonClass("primary")}>
            Add your first account
          </Link>
          {sampleAction}
        </div>
      </section>
    </>
  );
}

/** An account without a reading in the range. */
export function NoReadingsYet({ accountId }: { accountId: string }) {
  return (
    <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
      No readings in this range yet.{" "}
      <Link href={`/accounts/${accountId}/record`} className="font-medium text-indigo-800 underline">
        Record today&apos;s followers and views
      </Link>{" "}
      to start the charts, or choose a longer range.
    </p>
  );
}
