// The creator's signed-in browsers as Settings → Security lists them.
import * as sessions from "@/lib/db/sessions";
import type { SessionItem } from "@/lib/models/session";

/** The creator's sessions, most recently seen first, the one asking marked `current`. */
export async function listSessions(creatorId: string, currentSessionId: string): Promise<SessionItem[]> {
  return (await sessions.listSessions(creatorId)).map((s) => ({ ...s, current: s.id === currentSessionId }));
}
