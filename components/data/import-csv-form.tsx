"use client";
// Import Milepost CSV files into one account: POST /api/import-csv, then the counts, or every bad row by file and line.
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { MILEPOST_CSV_LIMITS, sizeRefusal } from "@/lib/import/budget";

interface Outcome {
  accountReadings: number;
  videoReadings: number;
  videosCreated: number;
  milestones: number;
}
interface Failure {
  message: string;
  fields: Record<string, string[]>;
}

export function ImportCsvForm({ accounts }: { accounts: { id: string; handle: string }[] }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    setFailure(null);
    const form = new FormData(event.currentTarget);
    // Files already past the upload's size get the server's sentence without being sent.
    const tooLarge = sizeRefusal(
      MILEPOST_CSV_LIMITS,
      form.getAll("files").map((file) => (typeof file === "string" ? 0 : file.size)),
    );
    if (tooLarge) {
      setFailure({ message: tooLarge, fields: {} });
      setBusy(false);
      return;
    }
    try {
      const response = await fetch("/api/import-csv", { method: "POST", body: form });
      const body = (await response.json().catch(() => ({}))) as Outcome & {
        error?: { message?: string; fields?: Record<string, string[]> };
      };
      if (response.ok) setOutcome(body);
      else
        setFailure({
          message: body.error?.message ?? `The server answered ${response.status}.`,
          fields: body.error?.fields ?? {},
        });
    } catch {
      setFailure({ message: "The upload failed. Check your connection and try again.", fields: {} });
    } finally {
      setBusy(false);
    }
  }

  const rowErrors = Object.entries(failure?.fields ?? {}).filter(([key]) => key !== "files" && key !== "accountId");
  return (
    <form onSubmit={submit} className="mt-3 space-y-3" noValidate>
      <SelectField
        label="Into account"
        name="accountId"
        options={accounts.map((a) => ({ value: a.id, label: `@${a.handle}` }))}
        errors={failure?.fields.accountId}
      />
      <div>
        <label htmlFor="field-csv-files" className="block text-sm font-medium text-slate-800">
          CSV files
        </label>
        <input
          id="field-csv-files"
          name="files"
          type="file"
          accept=".csv,text/csv"
          multiple
          required
          className={`mt-1 ${inputClass}`}
          aria-describedby="field-csv-files-hint"
        />
        <p id="field-csv-files-hint" className="mt-1 text-xs text-slate-600">
          Account readings and/or video readings, in the format the export writes. All rows are imported, or none.
        </p>
        <FieldError id="field-csv-files-error" errors={failure?.fields.files} />
      </div>
      <Button type="submit" disabled={busy}>
        {busy ? "Importing…" : "Import CSV"}
      </Button>
      <div aria-live="polite">
        {outcome ? (
          <p className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
            Imported {outcome.accountReadings} account readings and {outcome.videoReadings} video readings (
            {outcome.videosCreated} new videos); {outcome.milestones} milestone events found.
          </p>
        ) : null}
        {failure ? (
          <div className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" role="alert">
            <p>{failure.message}</p>
            {rowErrors.length ? (
              <ul className="mt-1 list-disc pl-5">
                {rowErrors.map(([where, messages]) => {
                  const [file, line] = [
                    where.slice(0, where.lastIndexOf(":")),
                    where.slice(where.lastIndexOf(":") + 1),
                  ];
                  return (
                    <li key={where}>
                      {file}, line {line}: {messages.join(" ")}
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </form>
  );
}
