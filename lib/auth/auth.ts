import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { addressFromHeaders } from "@/lib/auth/client-address";
import { baseAuthConfig } from "@/lib/auth/config";
import { authenticate, credentialsSchema, type SignInRefusal } from "@/lib/auth/credentials";
import { db } from "@/lib/db";

/** A refused sign-in; `code` says why (see SignInRefusal) and reaches the sign-in form. */
export class SignInRefused extends CredentialsSignin {
  constructor(readonly reason: SignInRefusal) {
    super(reason);
    this.code = reason;
  }
}

/**
 * The Auth.js instance: email and password, checked by lib/auth/credentials.ts.
 * The configuration is made lazily so the secret is read (or made) at the
 * first request, not when `next build` loads this module.
 */
export const { auth, handlers, signIn, signOut } = NextAuth(() => ({
  ...baseAuthConfig(),
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) throw new SignInRefused("invalid");
        const result = await authenticate(db, {
          ...parsed.data,
          address: addressFromHeaders(request.headers),
        });
        if (!result.ok) throw new SignInRefused(result.reason);
        return result.user;
      },
    }),
  ],
}));
