"use client";
// "Collect now" and the newest run's progress: while a run is queued or running the page polls it
// ("Reading videos… 40 of 120"); when one this page watched ends, its outcome stays shown and the page refreshes so
// that the log and the readings include it.
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { runOutcomeText, runProgressText, type RunProgress } from "@/lib/format/collection-run";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export type PolledRun = RunProgress & { id: string };

const unfinished = (run: PolledRun | null) => run?.status === "queued" || run?.status === "running";

interface Props {
  accountId: string;
  /** The newest run, as the page was rendered. */
  run: PolledRun | null;
  canCollect: boolean;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}

export function CollectNow({ accountId, run, canCollect, action }: Props) {
  const router = useRouter();
  // Runs that were queued or running while this page watched, and whether this page asked for one: their outcome stays.
  const [watched, setWatched] = useState<string | null>(null);
  const [requested, setRequested] = useState(false);
  const [state, formAction, pending] = useActionState(async (previous: FormState, formData: FormData) => {
    const next = await action(previous, formData);
    if (next.status === "success") setRequested(true);
    return next;
  }, initialFormState);
  const [polled, setPolled] = useState<PolledRun | null>(null);
  const current = polled && polled.id === run?.id ? polled : run;
  const active = unfinished(current);
  const currentId = current?.id;

  if (active && currentId && watched !== currentId) setWatched(currentId);

  useEffect(() => {
    if (!active || !currentId) return;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/accounts/${accountId}/collections/${currentId}`, { cache: "no-store" }).catch(
        () => null,
      );
      if (!response?.ok) return;
      const next = (await response.json()) as PolledRun;
      setPolled(next);
      if (!unfinished(next)) router.refresh();
    }, 1000);
    return () => clearInterval(timer);
  }, [accountId, active, currentId, router]);

  const progress = current && active ? runProgressText(current) : null;
  const outcome = current && !active && (requested || watched === current.id) ? runOutcomeText(current) : null;
  return (
    <div className="space-y-3">
      <form action={formAction}>
        <input type="hidden" name="accountId" value={accountId} />
        <Button type="submit" disabled={!canCollect || pending || active}>
          {pending ? "Starting…" : "Collect now"}
        </Button>
      </form>
      <FormMessage state={state} />
      <div aria-live="polite" className="text-sm">
        {progress ? <p className="text-slate-800">{progress}</p> : null}
        {outcome ? (
          <p
            className={current?.status === "succeeded" ? "font-semibold text-green-800" : "font-semibold text-red-800"}
          >
            {outcome}
          </p>
        ) : null}
      </div>
    </div>
  );
}
