"use client";
// Where the creator is signed in: each session's browser, when it signed in and was last seen; "Sign out" ends one,
// "Sign out everywhere" ends them all (this browser too, which then signs out as the header's button does).
import { useActionState, useState, useTransition } from "react";
import { signOut } from "next-auth/react";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { Button, buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TableScroll, tableClass, tdClass, thClass } from "@/components/ui/table";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface SessionRow {
  id: string;
  device: string;
  signedIn: string;
  lastSeen: string;
  current: boolean;
}

function EndSessionButton({ action, session }: { action: Action; session: SessionRow }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="sessionId" value={session.id} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Sign out ${session.device}, last seen ${session.lastSeen}`}
        className={buttonClass("secondary", "px-2 py-1 text-xs")}
      >
        {pending ? "Signing out…" : "Sign out"}
      </button>
      {state.status === "error" && state.message ? (
        <p role="alert" className="text-xs text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

export function SessionList({ sessions, endAction }: { sessions: SessionRow[]; endAction: Action }) {
  return (
    <TableScroll label="Sessions">
      <table className={tableClass}>
        <thead>
          <tr>
            <th className={thClass}>Browser</th>
            <th className={thClass}>Signed in</th>
            <th className={thClass}>Last seen</th>
            <th className={thClass}>
              <span className="sr-only">Action</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sessions.map((session) => (
            <tr key={session.id} data-testid="session-row">
              <td className={tdClass}>{session.device}</td>
              <td className={tdClass}>{session.signedIn}</td>
              <td className={tdClass}>{session.lastSeen}</td>
              <td className={tdClass}>
                {session.current ? (
                  <span className="font-medium text-slate-800">This browser</span>
                ) : (
                  <EndSessionButton action={endAction} session={session} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function SignOutEverywhere({ action }: { action: Action }) {
  const [state, setState] = useState<FormState>(initialFormState);
  const [pending, startTransition] = useTransition();
  function onSubmit(formData: FormData) {
    startTransition(async () => {
      const result = await action(initialFormState, formData);
      if (result.status !== "success") return setState(result);
      await signOut({ callbackUrl: "/signin" });
    });
  }
  return (
    <div className="space-y-3">
      <FormMessage state={state} />
      <form action={onSubmit}>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Signing out everywhere…" : "Sign out everywhere"}
        </Button>
      </form>
    </div>
  );
}
