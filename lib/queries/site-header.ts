// The site header's one read. Unlike the other queries it takes no creator id: finding out who is signed in is part
// of it. While the database is out of reach it answers "unknown" rather than failing, so the page can say why.
import { getCurrentUser } from "@/lib/auth/session";
import { countUnreadNotices } from "@/lib/db/notifications";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import type { HeaderState } from "@/lib/models/site-header";

/** The signed-in creator (or null) and their unread count; "unknown" while the database is out of reach. */
export async function getHeaderState(): Promise<HeaderState> {
  try {
    const user = await getCurrentUser();
    return { user, unread: user ? await countUnreadNotices(user.id) : 0 };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return "unknown";
    throw error;
  }
}
