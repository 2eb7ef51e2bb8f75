import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user?: { id: string; name?: string | null; email?: string | null; image?: string | null };
  }
  /** What authorize() returns: the creator and the session row it started. */
  interface User {
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  /** `sub` is the creator's id, `sid` the session row's (lib/services/sessions.ts). */
  interface JWT {
    sid?: string;
  }
}
