"use client";

import { useActionState } from "react";
import { signOutAction } from "@/lib/auth/actions";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";

/** Signs out and goes to the sign-in page. */
export function SignOutButton() {
  const [, action, pending] = useActionState(signOutAction, INITIAL_FORM_STATE);
  return (
    <form action={action}>
      <button
        type="submit"
        disabled={pending}
        className="min-h-8 rounded border border-neutral-400 px-3 py-1 text-sm font-semibold hover:bg-neutral-200 dark:border-neutral-600 dark:hover:bg-neutral-800"
      >
        Sign out
      </button>
    </form>
  );
}
