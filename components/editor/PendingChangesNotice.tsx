"use client";

import { BUTTON } from "@/components/forms/styles";

const TONE = "border-sky-700 bg-sky-50 text-sky-950 dark:border-sky-300 dark:bg-sky-950 dark:text-sky-100";

/** Who autosaved a live story's changes, and when, in the newsroom's time. */
export type PendingChangesInfo = { savedBy: string | null; savedAt: string; baseVersion: number; stale: boolean };

/**
 * A live story's autosaved changes that readers do not see yet. Fresh ones
 * are in the form already; ones made on an older version are only offered,
 * since loading them would undo the later save.
 */
export function PendingChangesNotice({
  info,
  version,
  loaded,
  busy,
  onLoad,
  onDiscard,
}: {
  info: PendingChangesInfo;
  version: number | null;
  /** The changes are in the form. */
  loaded: boolean;
  busy: boolean;
  onLoad: () => void;
  onDiscard: () => void;
}) {
  const who = info.savedBy ?? "Someone";
  return (
    <section
      aria-label="Changes not live yet"
      className={`flex flex-col gap-2 rounded border px-4 py-3 text-sm ${TONE}`}
    >
      {loaded ? (
        <p className="font-semibold">
          Changes autosaved by {who} at {info.savedAt} are not live yet: save to publish them, or discard them.
        </p>
      ) : info.stale ? (
        <p className="font-semibold">
          Changes autosaved by {who} at {info.savedAt} were made on version {info.baseVersion}, and the story has been
          saved since (version {version}). Load them to review them and save them over it, or discard them.
        </p>
      ) : (
        <p className="font-semibold">
          Changes autosaved by {who} at {info.savedAt} are not live yet, and not in the form: it shows the version you
          restored. Load them to review them instead, or discard them.
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {!loaded && (
          <button type="button" className={BUTTON.secondary} disabled={busy} onClick={onLoad}>
            Load autosaved changes
          </button>
        )}
        <button type="button" className={BUTTON.secondary} disabled={busy} onClick={onDiscard}>
          Discard autosaved changes
        </button>
      </div>
    </section>
  );
}
