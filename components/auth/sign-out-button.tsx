"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/signin" })}
      className="font-medium text-slate-700 hover:text-indigo-800"
    >
      Sign out
    </button>
  );
}
