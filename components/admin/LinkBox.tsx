"use client";

import { useState } from "react";
import { HINT } from "@/components/forms/styles";

/** A one-time link (or another secret, such as an API key) shown once, with a button to copy it. */
export function LinkBox({
  label,
  url,
  copyLabel = "Copy link",
  note = "It is shown only now. Byline keeps only a fingerprint of it.",
}: {
  label: string;
  url: string;
  copyLabel?: string;
  /** What Byline keeps of it. */
  note?: string;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="one-time-link" className="text-sm font-semibold">
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="one-time-link"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-h-10 flex-1 rounded border border-neutral-400 bg-neutral-50 px-3 py-2 font-mono text-sm dark:border-neutral-600 dark:bg-neutral-900"
        />
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          }}
          className="min-h-10 rounded border border-neutral-400 px-3 py-2 text-sm font-semibold dark:border-neutral-600"
        >
          {copied ? "Copied" : copyLabel}
        </button>
      </div>
      <p className={HINT}>{note}</p>
    </div>
  );
}
