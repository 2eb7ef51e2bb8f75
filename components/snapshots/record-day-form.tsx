"use client";
// "Record today": the account's figures, then one views input per video showing its last reading.
// Built for the keyboard: Tab walks the inputs in order, Enter submits, empty video inputs are skipped.
import type { FormState } from "@/lib/http/form-state";
import { formatDay, type Day } from "@/lib/time/days";
import { formatCount } from "@/lib/format/numbers";
import { Button } from "@/components/ui/button";
import { CountField } from "@/components/ui/count-field";
import { FormMessage } from "@/components/ui/form-message";
import { submittedOr, useActionForm } from "@/components/ui/use-submission-key";
import { AccountFiguresFields } from "./account-figures-fields";

export interface RecordDayVideo {
  id: string;
  label: string;
  lastViews: number | null;
  lastDay: Day | null;
}

export interface RecordDayFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  accountId: string;
  today: Day;
  videos: RecordDayVideo[];
}

export function RecordDayForm({ action, accountId, today, videos }: RecordDayFormProps) {
  const { state, formAction, pending, key, errors } = useActionForm(action);
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      <form key={key} action={formAction} noValidate className="space-y-6">
        <input type="hidden" name="accountId" value={accountId} />
        <section aria-labelledby="record-account" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="record-account" className="mb-4 text-lg font-semibold">
            Account
          </h2>
          <AccountFiguresFields state={state} today={today} initial={{ day: today }} followersRequired={false} />
        </section>
        <section aria-labelledby="record-videos" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="record-videos" className="text-lg font-semibold">
            Videos
          </h2>
          <p className="mb-4 mt-1 text-sm text-slate-700">
            Total views as TikTok shows them now. Leave a video empty to skip it.
          </p>
          {videos.length === 0 ? (
            <p className="text-sm text-slate-700">This account has no videos yet.</p>
          ) : (
            <ol className="divide-y divide-slate-100">
              {videos.map((video, index) => (
                <li key={video.id} className="py-3 first:pt-0">
                  <input type="hidden" name={`videos.${index}.videoId`} value={video.id} />
                  <CountField
                    id={`video-${index}-views`}
                    label={<span className="break-words">Views of {video.label}</span>}
                    name={`videos.${index}.views`}
                    defaultValue={submittedOr(state, `videos.${index}.views`, null)}
                    hint={
                      video.lastViews === null || !video.lastDay
                        ? "No reading yet."
                        : `Last: ${formatCount(video.lastViews)} on ${formatDay(video.lastDay)}`
                    }
                    errors={errors[`videos.${index}.views`]}
                    className="sm:grid sm:grid-cols-[minmax(0,1fr)_14rem] sm:items-center sm:gap-x-6"
                  />
                </li>
              ))}
            </ol>
          )}
        </section>
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? "Recording…" : "Record"}
        </Button>
      </form>
    </div>
  );
}
