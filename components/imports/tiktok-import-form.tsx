"use client";
// The TikTok import page's flow: choose files → preview (the export day editable, re-planned on change) → Import,
// with a progress bar polled from the import run → a link to the timeline. The File objects stay in this component
// and are sent again with the confirmation, so nothing is stored between the two steps.
import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { sizeRefusal, TIKTOK_UPLOAD_LIMITS } from "@/lib/import/budget";
import type { ImportPreview } from "@/lib/models/import-preview";
import { IMPORT_ACCEPT } from "@/lib/validation/imports";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";
import { ImportPreviewSummary } from "./import-preview";

interface RunState {
  id: string;
  status: "running" | "done" | "failed";
  progress: number;
  message: string | null;
}

interface ErrorBody {
  error?: { message?: string; fields?: Record<string, string[]> };
}

async function send(url: string, accountId: string, files: File[], exportDay: string | null): Promise<Response> {
  const body = new FormData();
  body.set("accountId", accountId);
  if (exportDay) body.set("exportDay", exportDay);
  for (const file of files) body.append("files", file);
  return fetch(url, { method: "POST", body });
}

async function errorOf(response: Response): Promise<{ message: string; fields: Record<string, string[]> }> {
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  return {
    message: body.error?.message ?? `The server answered ${response.status}.`,
    fields: body.error?.fields ?? {},
  };
}

export function TikTokImportForm({ accountId }: { accountId: string }) {
  const [files, setFiles] = useState<File[]>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [exportDay, setExportDay] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fields: Record<string, string[]> } | null>(null);
  const [run, setRun] = useState<RunState | null>(null);
  const request = useRef(0);

  async function loadPreview(chosen: File[], day: string | null) {
    if (!chosen.length) {
      setError({
        message: "Choose at least one file.",
        fields: { files: ["Choose the ZIP, CSV or XLSX files TikTok Studio gave you."] },
      });
      return;
    }
    // Files already past the upload's size get the server's sentence without being sent.
    const tooLarge = sizeRefusal(
      TIKTOK_UPLOAD_LIMITS,
      chosen.map((file) => file.size),
    );
    if (tooLarge) {
      setPreview(null);
      setError({ message: tooLarge, fields: {} });
      return;
    }
    const id = ++request.current;
    setBusy(true);
    setError(null);
    try {
      const response = await send("/api/imports/preview", accountId, chosen, day);
      if (id !== request.current) return; // a newer preview was asked for
      if (!response.ok) {
        setPreview(null);
        setError(await errorOf(response));
        return;
      }
      const next = (await response.json()) as ImportPreview;
      setPreview(next);
      setExportDay(next.exportDay);
    } catch {
      setError({ message: "The preview could not be loaded. Check your connection and try again.", fields: {} });
    } finally {
      if (id === request.current) setBusy(false);
    }
  }

  async function startImport() {
    if (!preview) return;
    setBusy(true);
    setError(null);
    try {
      const response = await send("/api/imports", accountId, files, exportDay);
      if (!response.ok) return setError(await errorOf(response));
      const { id } = (await response.json()) as { id: string };
      setRun({ id, status: "running", progress: 0, message: null });
    } catch {
      setError({ message: "The import could not be started. Check your connection and try again.", fields: {} });
    } finally {
      setBusy(false);
    }
  }

  const runId = run?.id;
  const running = run?.status === "running";
  useEffect(() => {
    if (!runId || !running) return;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/imports/${runId}`, { cache: "no-store" }).catch(() => null);
      if (response?.ok) setRun((await response.json()) as RunState);
    }, 500);
    return () => clearInterval(timer);
  }, [runId, running]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void loadPreview(files, null);
  }

  const fileErrors = error?.fields.files ?? error?.fields.form;
  const canImport =
    preview !== null &&
    !preview.blocking.length &&
    preview.accountDays.create +
      preview.accountDays.replace +
      preview.videoReadings.create +
      preview.videoReadings.replace >
      0;
  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} noValidate className="space-y-3" aria-describedby="import-files-hint">
        <div>
          <label htmlFor="import-files" className="block text-sm font-medium text-slate-800">
            TikTok Studio files
          </label>
          <input
            id="import-files"
            name="files"
            type="file"
            multiple
            accept={IMPORT_ACCEPT}
            disabled={run !== null}
            aria-invalid={fileErrors ? true : undefined}
            aria-describedby={`import-files-hint${fileErrors ? " import-files-error" : ""}`}
            className={`mt-1 ${inputClass}`}
            onChange={(event) => {
              setFiles([...(event.target.files ?? [])]);
              setPreview(null);
              setError(null);
            }}
          />
          <p id="import-files-hint" className="mt-1 text-xs text-slate-600">
            Overview, FollowerHistory and Content — the ZIP files exactly as TikTok Studio gives them, or the CSV or
            XLSX inside. Several at once.
          </p>
          <FieldError id="import-files-error" errors={fileErrors} />
        </div>
        {run === null ? (
          <Button type="submit" variant="secondary" disabled={busy}>
            {busy && !preview ? "Reading files…" : "Preview"}
          </Button>
        ) : null}
      </form>

      <div aria-live="polite">
        {error && !fileErrors ? (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {error.message} {Object.values(error.fields).flat().join(" ")}
          </p>
        ) : null}
      </div>

      {preview ? (
        <section
          aria-labelledby="preview-heading"
          className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
        >
          <h2 id="preview-heading" className="text-lg font-semibold text-slate-900">
            Preview
          </h2>
          <div className="max-w-xs">
            <label htmlFor="import-export-day" className="block text-sm font-medium text-slate-800">
              Export day
            </label>
            <input
              id="import-export-day"
              type="date"
              value={exportDay}
              disabled={run !== null}
              aria-describedby="import-export-day-hint"
              className={`mt-1 ${inputClass}`}
              onChange={(event) => {
                setExportDay(event.target.value);
                if (event.target.value) void loadPreview(files, event.target.value);
              }}
            />
            <p id="import-export-day-hint" className="mt-1 text-xs text-slate-600">
              The day TikTok made the export: dates without a year are placed on or before it.
            </p>
          </div>
          <ImportPreviewSummary preview={preview} />
          {run === null ? (
            <Button type="button" onClick={() => void startImport()} disabled={busy || !canImport}>
              Import
            </Button>
          ) : null}
        </section>
      ) : null}

      {run ? <ImportProgress run={run} accountId={accountId} /> : null}
    </div>
  );
}

function ImportProgress({ run, accountId }: { run: RunState; accountId: string }) {
  const label =
    run.status === "running"
      ? `Importing… ${run.progress}%`
      : run.status === "done"
        ? "Import finished"
        : "Import failed";
  return (
    <section aria-labelledby="import-progress-heading" className="space-y-3">
      <h2 id="import-progress-heading" className="text-lg font-semibold text-slate-900">
        Import
      </h2>
      <progress
        value={run.progress}
        max={100}
        aria-labelledby="import-progress-label"
        className="h-2 w-full accent-indigo-700"
      />
      <div aria-live="polite" role="status">
        <p id="import-progress-label" className="text-sm font-medium text-slate-800">
          {label}
        </p>
        {run.message ? (
          <p className={`text-sm ${run.status === "failed" ? "text-red-800" : "text-slate-700"}`}>{run.message}</p>
        ) : null}
      </div>
      {run.status === "done" ? (
        <p className="flex flex-wrap gap-4 text-sm">
          <Link
            href={`/accounts/${accountId}/timeline`}
            className="font-medium text-indigo-800 underline-offset-2 hover:underline"
          >
            See the timeline
          </Link>
          <Link
            href={`/accounts/${accountId}`}
            className="font-medium text-indigo-800 underline-offset-2 hover:underline"
          >
            Back to the account
          </Link>
        </p>
      ) : null}
    </section>
  );
}
