"use client";
// Adding or editing a video: its URL and/or platform id, an optional title and posted day.
import type { FormState } from "@/lib/http/form-state";
import type { Day } from "@/lib/time/days";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { submittedOr, useActionForm } from "@/components/ui/use-submission-key";

export interface VideoFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  accountId: string;
  /** Today in the account's time zone: the latest possible posted day. */
  today: Day;
  video?: { id: string; url: string | null; platformId: string | null; title: string | null; postedOn: Day | null };
}

export function VideoForm({ action, accountId, today, video }: VideoFormProps) {
  const { state, formAction, pending, key, errors } = useActionForm(action);
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      <form key={key} action={formAction} noValidate className="space-y-4">
        <input type="hidden" name="accountId" value={accountId} />
        {video ? <input type="hidden" name="videoId" value={video.id} /> : null}
        <Field
          label="Video URL"
          name="url"
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://www.tiktok.com/@you/video/7301234567890123456"
          defaultValue={submittedOr(state, "url", video?.url)}
          hint="Enter the URL, the platform video id, or both."
          errors={errors.url}
        />
        <Field
          label="Platform video id"
          name="platformId"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={submittedOr(state, "platformId", video?.platformId)}
          hint="The digits after /video/ in a TikTok URL; filled in from the URL when empty."
          errors={errors.platformId}
        />
        <Field
          label="Title"
          name="title"
          autoComplete="off"
          defaultValue={submittedOr(state, "title", video?.title)}
          hint="Optional."
          errors={errors.title}
        />
        <Field
          label="Posted on"
          name="postedOn"
          type="date"
          max={today}
          defaultValue={submittedOr(state, "postedOn", video?.postedOn)}
          hint="Optional."
          errors={errors.postedOn}
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save video"}
        </Button>
      </form>
    </div>
  );
}
