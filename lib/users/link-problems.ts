import { describeWait } from "@/lib/auth/throttle";
import type { LinkCheck, OneTimeLinkKind } from "@/lib/users/one-time-links";

export type LinkProblem = Exclude<LinkCheck, { state: "valid" }>;

const PROBLEMS: Record<OneTimeLinkKind, Record<Exclude<LinkProblem["state"], "limited">, string>> = {
  invitation: {
    used: "This invitation has already been used. Sign in with the password you chose.",
    expired: "This invitation has expired. Ask an administrator for a new one.",
    unknown:
      "This invitation link is not valid. Check that you copied all of it, or ask an administrator for a new one.",
    inactive: "This invitation belongs to an account that can no longer sign in. Ask an administrator.",
  },
  reset: {
    used: "This password reset link has already been used. Ask an administrator for a new one if you still need it.",
    expired: "This password reset link has expired. Ask an administrator for a new one.",
    unknown:
      "This password reset link is not valid. Check that you copied all of it, or ask an administrator for a new one.",
    inactive: "This account is disabled, so its password cannot be reset. Ask an administrator.",
  },
};

/** What to tell someone whose invitation or reset link cannot be used. */
export function linkProblem(kind: OneTimeLinkKind, problem: LinkProblem): string {
  if (problem.state === "limited") {
    return `Too many links that are not valid were tried from your network. Try again in ${describeWait(problem.retryAfterMs)}.`;
  }
  return PROBLEMS[kind][problem.state];
}
