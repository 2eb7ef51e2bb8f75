// What the site header shows about the request: who is signed in and how many notices they have not read.
export type HeaderState =
  | { user: { email: string } | null; unread: number }
  /** The database is out of reach: the header shows the name alone (the page says why). */
  | "unknown";
