// The signed-in creator, for pages, actions and routes: the session cookie (next-auth's JWT) names a creator and a
// session row, and the request is signed in only while that row exists (lib/services/sessions.ts). A database error
// propagates (the page fails) rather than passing for "signed out".
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import type { CreatorProfile } from "@/lib/models/creator";
import { sessionCreator } from "@/lib/services/sessions";

export type CurrentUser = CreatorProfile & { sessionId: string };

/** The creator of this request, or null: no cookie, an expired or forged one, an ended session, a deleted creator. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // getToken reads the (possibly chunked, possibly __Secure-) session cookie from the request's headers.
  const token = await getToken({ req: new NextRequest("http://milepost.invalid/", { headers: await headers() }) });
  return token ? sessionCreator(token) : null;
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return user;
}
