"use client";

import type { LocalCopy } from "@/components/editor/use-local-recovery";
import type { EditorValues } from "@/components/editor/use-story-form";
import { BUTTON } from "@/components/forms/styles";
import { formChanges, TEXT_FIELDS } from "@/lib/articles/form-changes";

const TONE = "border-amber-700 bg-amber-50 text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-100";

/** Long values are cut to this many characters in the list of differences. */
const SHOWN_CHARACTERS = 120;

const shown = (text: string) =>
  text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS).trimEnd()}…` : text;

/**
 * Work this browser kept from an editor that closed before it was saved:
 * what differs from the story as it opened, and the choice to restore it or
 * throw it away.
 */
export function RecoveryBanner({
  copy,
  opened,
  version,
  onRestore,
  onDiscard,
}: {
  copy: LocalCopy;
  /** The form as the editor opened. */
  opened: EditorValues;
  /** The story's version now. */
  version: number | null;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const changes = formChanges(opened.values, copy.values);
  const typedAt = new Date(copy.savedAt).toLocaleString();
  const outdated = copy.baseVersion !== null && version !== null && copy.baseVersion !== version;
  return (
    <section
      aria-labelledby="recovery-heading"
      className={`flex flex-col gap-2 rounded border px-4 py-3 text-sm ${TONE}`}
    >
      <h2 id="recovery-heading" className="font-semibold">
        This browser kept changes to this story that were not saved (last typed {typedAt}).
      </h2>
      {outdated && (
        <p>
          They were made on version {copy.baseVersion}; the story has been saved since (version {version}). Once
          restored, saving them tells you who saved the newer version and lets you choose.
        </p>
      )}
      <p>What differs from the story as it opened:</p>
      <ul className="list-disc pl-5">
        {changes.map(({ field, label }) => (
          <li key={label}>
            {label}
            {TEXT_FIELDS.has(field) && `: “${shown(String(copy.values[field] ?? ""))}”`}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={BUTTON.primary} onClick={onRestore}>
          Restore unsaved changes
        </button>
        <button type="button" className={BUTTON.secondary} onClick={onDiscard}>
          Discard
        </button>
      </div>
    </section>
  );
}
