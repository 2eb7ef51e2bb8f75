import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";

/** Every page in this group belongs to a signed-in creator. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return children;
}
