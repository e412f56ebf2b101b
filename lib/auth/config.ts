import type { NextAuthConfig } from "next-auth";
import { CredentialsSignin } from "next-auth";
import { ensureAuthSecret } from "@/lib/auth/secret";

/** A session lasts a working day from sign-in (server components cannot renew the cookie). */
const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/**
 * The part of the Auth.js configuration that needs no database: how tokens
 * and sessions look. lib/auth/auth.ts adds the credentials provider.
 */
export function baseAuthConfig(): NextAuthConfig {
  return {
    secret: ensureAuthSecret(),
    // Byline is self-hosted: the Host header names the site.
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: [],
    callbacks: {
      jwt({ token, user }) {
        // `user` is set only at sign-in; later requests keep what was issued then.
        if (user) {
          token.role = user.role;
          token.sessionVersion = user.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub && token.role && token.sessionVersion !== undefined) {
          session.user.id = token.sub;
          session.user.role = token.role;
          session.user.sessionVersion = token.sessionVersion;
        }
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
