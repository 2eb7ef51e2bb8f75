"use client";
// One button that calls a notice action ("Mark as read", "Mark all as read"), busy while it runs.
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { buttonClass } from "@/components/ui/button";

export interface NoticeButtonProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden inputs naming the notice. */
  fields?: Record<string, string>;
  label: string;
  busyLabel: string;
  /** The id of the notice's title, so rows of buttons with one name stay distinguishable. */
  describedBy?: string;
  size?: "small" | "normal";
}

export function NoticeButton({
  action,
  fields = {},
  label,
  busyLabel,
  describedBy,
  size = "normal",
}: NoticeButtonProps) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        aria-describedby={describedBy}
        disabled={pending}
        aria-busy={pending}
        className={buttonClass("secondary", size === "small" ? "px-2.5 py-1 text-xs" : "")}
      >
        {pending ? busyLabel : label}
      </button>
      <span aria-live="polite" className={state.status === "error" ? "text-sm text-red-700" : "sr-only"}>
        {state.message ?? ""}
      </span>
    </form>
  );
}
