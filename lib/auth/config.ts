import type { NextAuthConfig } from "next-auth";
import { CredentialsSignin } from "next-auth";
import { ensureAuthSecret } from "@/lib/auth/secret";

import { sessionLimits } from "@/lib/sessions/store";

/**
 * The part of the Auth.js configuration that needs no database: how tokens
 * and sessions look. lib/auth/auth.ts adds the credentials provider.
 */
export function baseAuthConfig(): NextAuthConfig {
  return {
    secret: ensureAuthSecret(),
    // Byline is self-hosted: the Host header names the site.
    trustHost: true,
    // The cookie only names a StaffSession row; the row's own lifetime and idle timeout decide.
    session: { strategy: "jwt", maxAge: sessionLimits().maxAgeMs / 1000 },
    pages: { signIn: "/login", error: "/login" },
    providers: [],
    callbacks: {
      jwt({ token, user }) {
        // `user` is set only at sign-in, by lib/auth/auth.ts, which started the session row.
        if (user?.sessionId) token.sid = user.sessionId;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        session.sessionId = token.sid;
        return session;
      },
    },
    logger: {
      error(error) {
        // A refused sign-in is an expected outcome, recorded in the audit log, not a server error.
        if (error instanceof CredentialsSignin) return;
        console.error("[auth]", error);
      },
    },
  };
}
