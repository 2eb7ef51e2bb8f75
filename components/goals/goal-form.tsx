"use client";
// Adding or editing a goal: what it counts (a video's views name the video), the number, an optional date.
import { useState } from "react";
import type { FormState } from "@/lib/http/form-state";
import type { GoalRecord } from "@/lib/models/goal";
import { GOAL_METRIC_LABELS, GOAL_METRICS, type GoalMetric } from "@/lib/validation/goals";
import { Button } from "@/components/ui/button";
import { CountField } from "@/components/ui/count-field";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { submittedOr, useActionForm } from "@/components/ui/use-submission-key";

export interface GoalFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  accountId: string;
  videos: { id: string; label: string }[];
  goal?: GoalRecord;
  /** Today in the account's time zone: a target date being set cannot be earlier. */
  today: string;
}

const isMetric = (value: string): value is GoalMetric => (GOAL_METRICS as readonly string[]).includes(value);

export function GoalForm({ action, accountId, videos, goal, today }: GoalFormProps) {
  const { state, formAction, pending, key, errors } = useActionForm(action);
  const initialMetric = submittedOr(state, "metric", goal?.metric ?? "account.followers");
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      <form key={key} action={formAction} noValidate className="space-y-4">
        <input type="hidden" name="accountId" value={accountId} />
        {goal ? <input type="hidden" name="goalId" value={goal.id} /> : null}
        <MetricFields
          initialMetric={isMetric(initialMetric) ? initialMetric : "account.followers"}
          videos={videos}
          videoId={submittedOr(state, "videoId", goal?.videoId)}
          errors={errors}
        />
        <CountField
          label="Target"
          name="threshold"
          defaultValue={submittedOr(state, "threshold", goal?.threshold)}
          hint="The number to reach, like 10,000."
          errors={errors.threshold}
        />
        <Field
          label="Target date"
          name="targetDay"
          type="date"
          min={today}
          defaultValue={submittedOr(state, "targetDay", goal?.targetDay)}
          hint="Optional: the day you want to reach it by."
          errors={errors.targetDay}
        />
        <Field
          label="Label"
          name="label"
          autoComplete="off"
          defaultValue={submittedOr(state, "label", goal?.label)}
          hint="Optional, like “Summer push”."
          errors={errors.label}
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save goal"}
        </Button>
      </form>
    </div>
  );
}

/** The metric, and the video when the goal counts one video's views. */
function MetricFields({
  initialMetric,
  videos,
  videoId,
  errors,
}: {
  initialMetric: GoalMetric;
  videos: GoalFormProps["videos"];
  videoId: string;
  errors: Partial<Record<string, string[]>>;
}) {
  const [metric, setMetric] = useState<GoalMetric>(initialMetric);
  return (
    <>
      <SelectField
        label="Metric"
        name="metric"
        value={metric}
        onChange={(event) => isMetric(event.target.value) && setMetric(event.target.value)}
        options={GOAL_METRICS.map((m) => ({ value: m, label: GOAL_METRIC_LABELS[m] }))}
        errors={errors.metric}
      />
      {metric === "video.views" ? (
        <SelectField
          label="Video"
          name="videoId"
          defaultValue={videoId}
          options={[
            { value: "", label: videos.length ? "Choose a video" : "No videos yet: add one first" },
            ...videos.map((v) => ({ value: v.id, label: v.label })),
          ]}
          errors={errors.videoId}
        />
      ) : null}
    </>
  );
}
