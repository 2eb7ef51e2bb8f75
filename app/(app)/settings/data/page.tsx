import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listAccounts } from "@/lib/queries/accounts";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { DeleteCreatorForm } from "@/components/data/delete-creator-form";
import { ImportCsvForm } from "@/components/data/import-csv-form";
import { deleteCreatorAction } from "./actions";

export const metadata: Metadata = { title: "Your data" };

const linkClass = "font-medium text-indigo-800 underline-offset-2 hover:underline";

export default async function DataSettingsPage() {
  const user = await requireUser();
  const accounts = await listAccounts(user.id);
  return (
    <div className="max-w-xl">
      <PageHeader
        title="Your data"
        description="Take everything with you, bring readings in from a CSV file, or delete it all."
      />
      <section aria-labelledby="export-heading">
        <h2 id="export-heading" className="text-lg font-semibold text-slate-900">
          Download all my data
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          A ZIP with CSV files per account (account readings, video readings, videos, milestones, logged income) and one
          JSON document of everything. Cells that a spreadsheet could run as a formula start with an apostrophe.
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <a href="/api/export" download className={buttonClass("primary")}>
            Download all my data (ZIP)
          </a>
          <a href="/api/export?format=json" download className={`text-sm ${linkClass}`}>
            JSON only
          </a>
        </div>
      </section>
      <section aria-labelledby="import-csv-heading" className="mt-8 border-t border-slate-200 pt-6">
        <h2 id="import-csv-heading" className="text-lg font-semibold text-slate-900">
          Import Milepost CSV
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Files of account readings (<code>day,followers,video_views,…</code>) or video readings (
          <code>video_id,platform_id,url,title,day,views,…</code>), for example from another Milepost&apos;s export.
          Videos are matched by platform id or URL; new ones are added.
        </p>
        {accounts.length ? (
          <ImportCsvForm accounts={accounts.map((a) => ({ id: a.id, handle: a.handle }))} />
        ) : (
          <p className="mt-2 text-sm text-slate-700">
            <Link href="/accounts/new" className={linkClass}>
              Add an account
            </Link>{" "}
            first.
          </p>
        )}
      </section>
      <section aria-labelledby="delete-heading" className="mt-8 border-t border-red-200 pt-6">
        <h2 id="delete-heading" className="text-lg font-semibold text-red-800">
          Delete my account and all its data
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          You are signed out at once and cannot sign in again with {user.email}. Download your data first if you want to
          keep it.
        </p>
        <DeleteCreatorForm action={deleteCreatorAction} email={user.email} />
      </section>
    </div>
  );
}
