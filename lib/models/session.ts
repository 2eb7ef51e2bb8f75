// A signed-in browser (session), and the same as Settings lists it.
export interface SessionRecord {
  id: string;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date;
}

export interface SessionItem extends SessionRecord {
  /** The session of the request asking. */
  current: boolean;
}
