import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { loginPath } from "@/lib/auth/next-path";
import { siteUrl } from "@/lib/env";
import { SIGN_IN_CHALLENGE_MINUTES } from "@/lib/two-factor/challenge";

/** Holds the token of a password accepted for an account with two-factor sign-in, until its code (see /login). */
export const SIGN_IN_CHALLENGE_COOKIE = "byline-sign-in-challenge";

/** Only the sign-in page reads it, script never does, and it lives as long as the challenge. */
export function signInChallengeCookie() {
  return {
    httpOnly: true,
    secure: siteUrl().startsWith("https://"),
    sameSite: "strict" as const,
    path: "/login",
    maxAge: SIGN_IN_CHALLENGE_MINUTES * 60,
  };
}

/** After a password accepted for an account with two-factor sign-in: keep the challenge, and ask for the code. */
export async function askForSignInCode(challenge: string, next?: string): Promise<never> {
  (await cookies()).set(SIGN_IN_CHALLENGE_COOKIE, challenge, signInChallengeCookie());
  redirect(loginPath({ next, step: "code" }));
}

/** The challenge is spent or gone: the browser forgets it. */
export async function forgetSignInChallenge(): Promise<void> {
  (await cookies()).delete({ name: SIGN_IN_CHALLENGE_COOKIE, path: signInChallengeCookie().path });
}
