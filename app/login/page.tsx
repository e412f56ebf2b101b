import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AuthCard } from "@/components/staff/AuthCard";
import { LoginForm } from "@/components/staff/LoginForm";
import { type LoginReason, safeNextPath, safeNextPathOrNone } from "@/lib/auth/next-path";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

const NOTICES: Record<LoginReason, string> = {
  "session-ended": "Your session has ended. Please sign in again.",
  "signed-out": "You have signed out.",
};

const paramsSchema = z.object({
  next: z.string().optional().catch(undefined),
  reason: z.enum(["session-ended", "signed-out"]).optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const params = paramsSchema.parse(await searchParams);
  const next = safeNextPathOrNone(params.next);
  if (await getCurrentUser()) redirect(safeNextPath(next));

  return (
    <AuthCard title="Sign in">
      {params.reason && (
        <p
          role="status"
          className="mb-4 rounded border border-neutral-400 bg-neutral-50 px-3 py-2 text-sm dark:border-neutral-600 dark:bg-neutral-900"
        >
          {NOTICES[params.reason]}
        </p>
      )}
      <LoginForm next={next} />
    </AuthCard>
  );
}
