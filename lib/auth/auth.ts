import NextAuth, { AuthError, CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { addressFromHeaders } from "@/lib/auth/client-address";
import { baseAuthConfig } from "@/lib/auth/config";
import { authenticate, credentialsSchema, type SignInRefusal, signInCodeSchema } from "@/lib/auth/credentials";
import { db } from "@/lib/db";
import { type StorageFailure, storageFailureOf } from "@/lib/db-errors";
import { startSession } from "@/lib/sessions/store";
import { completeSignInChallenge, createSignInChallenge } from "@/lib/two-factor/challenge";

/** Why a step of signing in was refused: a password's refusal, or a code's. */
export type SignInStepRefusal = SignInRefusal | "code-invalid" | "code-expired";

/** A refused sign-in; `code` says why and reaches the sign-in form. */
export class SignInRefused extends CredentialsSignin {
  constructor(readonly reason: SignInStepRefusal) {
    super(reason);
    this.code = reason;
  }
}

/** The password was right and the account has a second factor: `challenge` is the token the code step needs. */
export class SecondFactorRequired extends CredentialsSignin {
  override code = "second-factor";
  constructor(readonly challenge: string) {
    super("second-factor");
  }
}

/**
 * Signing in writes (the session row, the audit event, the throttle), and the
 * database could not be written: full or read-only disk, or busy. Not a
 * CredentialsSignin, which would read as a wrong password; Auth.js logs it
 * once, with SQLite's code, and passes it on to the sign-in form, which
 * tells the person (lib/auth/actions.ts).
 */
export class SignInStorageFailure extends AuthError {
  constructor(failure: StorageFailure, cause: unknown) {
    // The database's own error stays the cause, so storageFailureOf finds it behind Auth.js's wrapping.
    super(`Signing in could not write to the database: ${failure.code}: ${failure.detail}`, { cause });
  }
}

export const codeStepSchema = z.object({
  challenge: z.string().min(1).max(100),
  code: signInCodeSchema,
});

const CODE_REFUSALS: Record<"expired" | "invalid" | "locked", SignInStepRefusal> = {
  expired: "code-expired",
  invalid: "code-invalid",
  locked: "locked",
};

/**
 * The Auth.js instance. Signing in is one step (email and password) or two
 * (then the code of lib/two-factor/challenge.ts); either way it ends by
 * starting a session row (lib/sessions/store.ts), whose id the cookie carries.
 * The configuration is made lazily so the secret is read (or made) at the
 * first request, not when `next build` loads this module.
 */
export const { auth, handlers, signIn, signOut } = NextAuth(() => ({
  ...baseAuthConfig(),
  providers: [
    Credentials({
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        challenge: {},
        code: { label: "Authentication code" },
      },
      async authorize(credentials, request) {
        try {
          return await authorizeStep(credentials, request);
        } catch (error) {
          const failure = storageFailureOf(error);
          throw failure ? new SignInStorageFailure(failure, error) : error;
        }
      },
    }),
  ],
}));

/** One step of signing in: the password, or the code after it; answers the user with their new session. */
async function authorizeStep(credentials: Partial<Record<string, unknown>>, request: Request) {
  const address = addressFromHeaders(request.headers);
  const userAgent = request.headers.get("user-agent") ?? "";
  const codeStep = codeStepSchema.safeParse(credentials);
  if (codeStep.success) {
    const result = await completeSignInChallenge(db, {
      token: codeStep.data.challenge,
      code: codeStep.data.code,
      address,
    });
    if (!result.ok) throw new SignInRefused(CODE_REFUSALS[result.reason]);
    const sessionId = await startSession(db, { userId: result.user.id, userAgent, ip: address });
    return { ...result.user, sessionId };
  }
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) throw new SignInRefused("invalid");
  const result = await authenticate(db, { ...parsed.data, address });
  if (!result.ok) throw new SignInRefused(result.reason);
  if (result.secondFactor) {
    throw new SecondFactorRequired(await createSignInChallenge(db, { userId: result.user.id, ip: address }));
  }
  const sessionId = await startSession(db, { userId: result.user.id, userAgent, ip: address });
  return { ...result.user, sessionId };
}
