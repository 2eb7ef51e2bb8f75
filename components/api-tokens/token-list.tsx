"use client";
// The creator's tokens: name, the first characters, when made and last used, and a revoke button for live ones.
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { buttonClass } from "@/components/ui/button";
import { TableScroll, tableClass, tdClass, thClass } from "@/components/ui/table";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  created: string;
  lastUsed: string | null;
  revoked: string | null;
}

function RevokeButton({ action, token }: { action: Action; token: TokenRow }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="tokenId" value={token.id} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Revoke ${token.name}`}
        className={buttonClass("secondary", "px-2 py-1 text-xs text-red-800")}
      >
        {pending ? "Revoking…" : "Revoke"}
      </button>
      {state.status === "error" && state.message ? (
        <p role="alert" className="text-xs text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

export function TokenList({ tokens, revokeAction }: { tokens: TokenRow[]; revokeAction: Action }) {
  if (!tokens.length) return <p className="text-sm text-slate-700">No tokens yet.</p>;
  return (
    <TableScroll label="API tokens">
      <table className={tableClass}>
        <thead>
          <tr>
            <th className={thClass}>Name</th>
            <th className={thClass}>Token</th>
            <th className={thClass}>Created</th>
            <th className={thClass}>Last used</th>
            <th className={thClass}>
              <span className="sr-only">Status</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((token) => (
            <tr key={token.id} data-testid="api-token-row">
              <td className={tdClass}>{token.name}</td>
              <td className={`${tdClass} font-mono text-xs`}>{token.prefix}…</td>
              <td className={tdClass}>{token.created}</td>
              <td className={tdClass}>{token.lastUsed ?? "Never"}</td>
              <td className={tdClass}>
                {token.revoked ? (
                  <span className="text-slate-700">Revoked {token.revoked}</span>
                ) : (
                  <RevokeButton action={revokeAction} token={token} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
