// The signed-in creator, for pages, actions and routes.
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getCreatorProfile, type CreatorProfile } from "@/lib/db/creators";
import { authOptions } from "./options";

export type CurrentUser = CreatorProfile;

/** The creator of this request, or null. A session whose creator was deleted counts as signed out. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  return id ? getCreatorProfile(id) : null;
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return user;
}
