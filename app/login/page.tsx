import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AuthCard } from "@/components/staff/AuthCard";
import { LoginForm } from "@/components/staff/LoginForm";
import { SignInCodeForm } from "@/components/staff/SignInCodeForm";
import { type LoginReason, safeNextPath, safeNextPathOrNone } from "@/lib/auth/next-path";
import { getCurrentUser } from "@/lib/auth/session";
import { SIGN_IN_CHALLENGE_COOKIE } from "@/lib/auth/sign-in-challenge-cookie";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

const NOTICES: Record<LoginReason, string> = {
  "session-ended": "Your session has ended. Please sign in again.",
  "signed-out": "You have signed out.",
};

const paramsSchema = z.object({
  next: z.string().optional().catch(undefined),
  reason: z.enum(["session-ended", "signed-out"]).optional().catch(undefined),
  step: z.enum(["code"]).optional().catch(undefined),
});

const CODE_STEP_GONE = "Your sign-in took too long or was started elsewhere. Enter your email and password again.";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const params = paramsSchema.parse(await searchParams);
  const next = safeNextPathOrNone(params.next);
  if (await getCurrentUser()) redirect(safeNextPath(next));
  const codeStep = params.step === "code";
  if (codeStep && (await cookies()).has(SIGN_IN_CHALLENGE_COOKIE)) {
    return (
      <AuthCard title="Two-factor authentication">
        <SignInCodeForm next={next} />
      </AuthCard>
    );
  }
  const notice = codeStep ? CODE_STEP_GONE : params.reason && NOTICES[params.reason];

  return (
    <AuthCard title="Sign in">
      {notice && (
        <p
          role="status"
          className="mb-4 rounded border border-neutral-400 bg-neutral-50 px-3 py-2 text-sm dark:border-neutral-600 dark:bg-neutral-900"
        >
          {notice}
        </p>
      )}
      <LoginForm next={next} />
    </AuthCard>
  );
}
