// The day and the account's figures for it: followers and the optional daily numbers TikTok's Overview shows.
import type { FormState } from "@/lib/http/form-state";
import type { Day } from "@/lib/time/days";
import { CountField } from "@/components/ui/count-field";
import { Field } from "@/components/ui/field";
import { submittedOr } from "@/components/ui/use-submission-key";

export const DAILY_FIGURES = [
  ["videoViews", "Video views"],
  ["profileViews", "Profile views"],
  ["likes", "Likes"],
  ["comments", "Comments"],
  ["shares", "Shares"],
] as const;

export type AccountFiguresValues = Partial<
  Record<"day" | "followers" | (typeof DAILY_FIGURES)[number][0], string | number | null>
>;

export function AccountFiguresFields({
  state,
  today,
  initial,
  followersRequired,
}: {
  state: FormState;
  today: Day;
  initial: AccountFiguresValues;
  followersRequired: boolean;
}) {
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Day"
          name="day"
          type="date"
          required
          max={today}
          defaultValue={submittedOr(state, "day", initial.day)}
          errors={errors.day}
        />
        <CountField
          label="Followers"
          name="followers"
          required={followersRequired}
          defaultValue={submittedOr(state, "followers", initial.followers)}
          hint={followersRequired ? undefined : "Leave empty to record only videos' views."}
          errors={errors.followers}
        />
      </div>
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">
          That day&apos;s figures (optional, from TikTok&apos;s Overview)
        </legend>
        <div className="mt-2 grid grid-cols-2 gap-4 sm:grid-cols-5">
          {DAILY_FIGURES.map(([name, label]) => (
            <CountField
              key={name}
              label={label}
              name={name}
              defaultValue={submittedOr(state, name, initial[name])}
              errors={errors[name]}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}
