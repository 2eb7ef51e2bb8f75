// What a signed unsubscribe link names (GET /unsubscribe asks before anything changes). No sign-in: the link's
// signature is the proof, so this read is keyed by the link rather than by a signed-in creator.
import { getCreatorProfile } from "@/lib/db/creators";
import type { UnsubscribeTarget } from "@/lib/models/notification-settings";
import { unsubscribeTarget } from "@/lib/notifications/unsubscribe";

/** What a signed unsubscribe link names; null when it was altered or names no such creator or category. Writes nothing. */
export async function readUnsubscribeLink(params: URLSearchParams): Promise<UnsubscribeTarget | null> {
  const target = unsubscribeTarget(params);
  return target && (await getCreatorProfile(target.creatorId)) ? target : null;
}
