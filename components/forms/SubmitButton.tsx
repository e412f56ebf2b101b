"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

const VARIANTS = {
  primary:
    "bg-neutral-900 text-white hover:bg-neutral-700 dark:bg-neutral-100 dark:text-neutral-900 dark:hover:bg-neutral-300",
  secondary:
    "border border-neutral-400 bg-white text-neutral-900 hover:bg-neutral-100 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100 dark:hover:bg-neutral-800",
  danger: "bg-red-700 text-white hover:bg-red-800 dark:bg-red-300 dark:text-neutral-950 dark:hover:bg-red-200",
} as const;

/** A submit button that says it is working while its form's action runs, and cannot be pressed twice. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
}: {
  children: ReactNode;
  pendingLabel?: string;
  variant?: keyof typeof VARIANTS;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`min-h-10 rounded px-4 py-2 text-sm font-semibold disabled:cursor-wait disabled:opacity-70 ${VARIANTS[variant]}`}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
