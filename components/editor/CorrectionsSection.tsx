"use client";

import { useState } from "react";
import { CorrectionForm } from "@/components/editor/CorrectionForm";
import { HINT } from "@/components/forms/styles";
import type { CorrectionRow } from "@/lib/articles/corrections";
import { formatDateTime } from "@/lib/time";

type Props = {
  articleId: string;
  corrections: CorrectionRow[];
  /** Null when this user may add one now; otherwise why not (a writer needs no reason, so none is shown). */
  refusal: { error: "forbidden" | "not_live"; message: string } | null;
  /** The newsroom's time zone, for the correction times. */
  timeZone: string;
};

/**
 * The story's corrections as readers see them, and the form editors add one
 * with; a correction added here joins the list at once, without reloading the page.
 */
export function CorrectionsSection({ articleId, corrections: saved, refusal, timeZone }: Props) {
  // Those added here stay shown until a refresh of the page brings them with the rest.
  const [added, setAdded] = useState<CorrectionRow[]>([]);
  const corrections = [...saved, ...added.filter(({ id }) => !saved.some((correction) => correction.id === id))];
  return (
    <section
      aria-labelledby="corrections-heading"
      className="flex max-w-3xl flex-col gap-4 border-t border-neutral-200 pt-6 dark:border-neutral-800"
    >
      <h2 id="corrections-heading" className="text-xl font-bold">
        Corrections
      </h2>
      {corrections.length === 0 ? (
        <p className={HINT}>No corrections.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {corrections.map((correction) => (
            <li key={correction.id}>
              <time dateTime={correction.correctedAt.toISOString()} className="font-semibold">
                {formatDateTime(correction.correctedAt, timeZone)}
              </time>
              : {correction.text}
            </li>
          ))}
        </ul>
      )}
      {refusal === null && (
        <CorrectionForm articleId={articleId} onAdded={(correction) => setAdded((before) => [...before, correction])} />
      )}
      {refusal?.error === "not_live" && <p className={HINT}>{refusal.message}</p>}
    </section>
  );
}
