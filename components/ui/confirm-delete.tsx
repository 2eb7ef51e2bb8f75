"use client";
// Deleting takes two clicks: "Delete" asks, "Confirm delete" does it. Focus moves to the confirm
// button, and back to "Delete" on cancel. The buttons keep those exact names; what they delete is
// their description (aria-describedby), so rows of a table stay distinguishable.
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { buttonClass } from "./button";

export interface ConfirmDeleteProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden inputs identifying what to delete. */
  fields: Record<string, string>;
  /** What is deleted, described to screen readers: "the reading of Nov 24, 2026". */
  what: string;
  /** What else goes with it, shown while confirming. */
  consequence?: string;
  size?: "small" | "normal";
}

export function ConfirmDelete({ action, fields, what, consequence, size = "normal" }: ConfirmDeleteProps) {
  const [confirming, setConfirming] = useState(false);
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  const compact = size === "small" ? "px-2 py-1 text-xs" : "";
  const whatId = useId();
  const described = (
    <span id={whatId} className="sr-only">
      {what}
    </span>
  );

  useEffect(() => {
    if (!confirming && cancelled.current) deleteRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <>
        <button
          ref={deleteRef}
          type="button"
          aria-describedby={whatId}
          className={buttonClass("secondary", `${compact} text-red-800`)}
          onClick={() => setConfirming(true)}
        >
          Delete
        </button>
        {described}
      </>
    );
  }
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2 whitespace-normal">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {consequence ? <span className="text-sm text-slate-800">{consequence}</span> : null}
      {described}
      {/* Focus follows the question the user just asked. */}
      <button
        type="submit"
        autoFocus
        aria-describedby={whatId}
        disabled={pending}
        className={buttonClass("danger", compact)}
      >
        {pending ? "Deleting…" : "Confirm delete"}
      </button>
      <button
        type="button"
        className={buttonClass("secondary", compact)}
        onClick={() => {
          cancelled.current = true;
          setConfirming(false);
        }}
      >
        Cancel
      </button>
      {state.status === "error" && state.message ? (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
