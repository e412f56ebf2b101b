import type { ReactNode } from "react";

/** A GET form of filters above a list; the filters live in the address, so a filtered list can be shared. */
export function FilterBar({ action, label, children }: { action: string; label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: <form role="search"> is announced as a search landmark everywhere; <search> is not yet.
    <form action={action} method="get" role="search" aria-label={label} className="mb-6 flex flex-wrap items-end gap-4">
      {children}
      <button
        type="submit"
        className="min-h-10 rounded border border-neutral-400 px-4 py-2 text-sm font-semibold dark:border-neutral-600"
      >
        Filter
      </button>
    </form>
  );
}
