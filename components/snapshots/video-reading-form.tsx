"use client";
// Recording or editing one video reading: the day, cumulative views and the optional figures.
import type { FormState } from "@/lib/http/form-state";
import type { Day } from "@/lib/time/days";
import type { VideoSnapshotRow } from "@/lib/models/video-snapshot";
import { Button } from "@/components/ui/button";
import { CountField } from "@/components/ui/count-field";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { submittedOr, useActionForm } from "@/components/ui/use-submission-key";

const OPTIONAL = [
  ["likes", "Likes"],
  ["comments", "Comments"],
  ["shares", "Shares"],
  ["saves", "Saves"],
] as const;

export interface VideoReadingFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  accountId: string;
  videoId: string;
  today: Day;
  /** The video's posted day: no reading can be older. */
  postedOn: Day | null;
  snapshot?: VideoSnapshotRow;
}

export function VideoReadingForm({ action, accountId, videoId, today, postedOn, snapshot }: VideoReadingFormProps) {
  const { state, formAction, pending, key, errors } = useActionForm(action);
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      <form key={key} action={formAction} noValidate className="space-y-4">
        <input type="hidden" name="accountId" value={accountId} />
        <input type="hidden" name="videoId" value={videoId} />
        {snapshot ? <input type="hidden" name="snapshotId" value={snapshot.id} /> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Day"
            name="day"
            type="date"
            required
            max={today}
            min={postedOn ?? undefined}
            defaultValue={submittedOr(state, "day", snapshot?.day ?? today)}
            errors={errors.day}
          />
          <CountField
            label="Views"
            name="views"
            required
            defaultValue={submittedOr(state, "views", snapshot?.views)}
            hint="Total views so far."
            errors={errors.views}
          />
        </div>
        <fieldset>
          <legend className="text-sm font-semibold text-slate-800">Optional</legend>
          <div className="mt-2 grid grid-cols-2 gap-4 sm:grid-cols-4">
            {OPTIONAL.map(([name, label]) => (
              <CountField
                key={name}
                label={label}
                name={name}
                defaultValue={submittedOr(state, name, snapshot?.[name])}
                errors={errors[name]}
              />
            ))}
          </div>
        </fieldset>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save reading"}
        </Button>
      </form>
    </div>
  );
}
