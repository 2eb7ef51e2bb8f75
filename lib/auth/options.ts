// next-auth v4: e-mail + password (Credentials) with JWT sessions. The JWT names a session row (`sid`), so a session
// can be ended on the server (lib/services/sessions.ts); redirects only ever go to pages of this site.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { nextAuthSecret } from "@/lib/config";
import { SESSION_MAX_AGE_SECONDS, sessionCreator, signOutSession } from "@/lib/services/sessions";
import { authorizeCredentials } from "./authorize";
import { sameOriginPath } from "./callback-url";

export const authOptions: NextAuthOptions = {
  // Required in production (next-auth refuses to start without it); `npm start` provides one for the embedded default.
  secret: nextAuthSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, request) => authorizeCredentials(credentials, request.headers ?? {}),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = user.sessionId;
        return token;
      }
      // next-auth's own session endpoint: a session ended on the server is refused (and next-auth clears the cookie).
      if (!(await sessionCreator(token))) throw new Error("This session has ended.");
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
    // Every callbackUrl next-auth handles (sign-in, sign-out) is read as a browser would and kept only on this origin.
    redirect({ url, baseUrl }) {
      return `${baseUrl}${sameOriginPath(url, baseUrl) ?? "/"}`;
    },
  },
  events: {
    async signOut({ token }) {
      await signOutSession(token);
    },
  },
};
