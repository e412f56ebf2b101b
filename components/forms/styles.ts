/** Shared looks of the staff pages' controls (newsroom, admin, account), so every button and input reads the same. */
export const BUTTON = {
  primary:
    "inline-flex min-h-10 items-center justify-center rounded bg-neutral-900 px-4 py-2 text-sm font-semibold text-white hover:bg-neutral-700 disabled:cursor-wait disabled:opacity-60 dark:bg-neutral-100 dark:text-neutral-900 dark:hover:bg-neutral-300",
  secondary:
    "inline-flex min-h-10 items-center justify-center rounded border border-neutral-400 bg-white px-4 py-2 text-sm font-semibold text-neutral-900 hover:bg-neutral-100 disabled:cursor-wait disabled:opacity-60 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100 dark:hover:bg-neutral-800",
  danger:
    "inline-flex min-h-10 items-center justify-center rounded bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:cursor-wait disabled:opacity-60 dark:bg-red-300 dark:text-neutral-950 dark:hover:bg-red-200",
  small:
    "inline-flex min-h-8 items-center justify-center rounded border border-neutral-300 px-2 py-1 text-xs font-semibold hover:bg-neutral-100 disabled:opacity-40 dark:border-neutral-600 dark:hover:bg-neutral-800",
} as const;

export const CONTROL =
  "w-full min-h-10 rounded border border-neutral-400 bg-white px-3 py-2 text-base text-neutral-900 aria-invalid:border-red-700 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100 dark:aria-invalid:border-red-300";

export const FIELD_ERROR = "text-sm font-semibold text-red-700 dark:text-red-300";
export const HINT = "text-sm text-neutral-600 dark:text-neutral-400";
export const GROUP = "flex flex-col gap-3 rounded border border-neutral-200 p-4 dark:border-neutral-800";
export const LEGEND = "px-1 text-sm font-bold";
