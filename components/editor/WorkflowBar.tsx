"use client";

import { useState } from "react";
import { Dialog } from "@/components/editor/Dialog";
import type { AutosaveState, StoryMeta } from "@/components/editor/use-story-form";
import { BUTTON, HINT } from "@/components/forms/styles";
import { historyPath } from "@/lib/articles/history-paths";
import type { SaveAction } from "@/lib/articles/workflow";
import { availableActions, STATUS_LABELS, type WorkflowAction } from "@/lib/articles/workflow";
import type { Actor } from "@/lib/auth/policy";

type Props = {
  actor: Actor;
  meta: StoryMeta;
  pending: WorkflowAction | null;
  /** The form differs from the saved story. */
  dirty: boolean;
  /** The form differs from what the server holds (the story or its pending changes). */
  unstored: boolean;
  autosave: AutosaveState;
  /** Someone else is editing the story: nothing here may be pressed. */
  readOnly: boolean;
  onSave: (action: SaveAction) => void;
  onDelete: () => void;
};

const LABELS: Record<Exclude<SaveAction, "save">, string> = {
  submit: "Submit for review",
  publish: "Publish",
  schedule: "Schedule",
  unpublish: "Unpublish",
};

/** The workflow buttons this user may press on this story now (see lib/articles/workflow.ts). */
/** What autosave last did, in words. */
function autosaveText(state: AutosaveState): string {
  switch (state.kind) {
    case "idle":
      return "";
    case "saving":
      return "Saving…";
    case "saved":
      return state.pending
        ? "Saved as changes that are not live yet: readers see them once you save changes."
        : "Saved";
    case "failed":
      return `Not saved: ${state.reason}`;
  }
}

export function WorkflowBar({ actor, meta, pending, dirty, unstored, autosave, readOnly, onSave, onDelete }: Props) {
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const allowed = availableActions(actor, { status: meta.status, createdById: meta.createdById, publishedAt: null });
  const saved = meta.id !== null;
  // An editor publishes directly; "Submit for review" is the writer's way.
  const shown = (["submit", "publish", "schedule", "unpublish"] as const).filter(
    (action) => allowed.includes(action) && !(action === "submit" && allowed.includes("publish")),
  );
  const busy = pending !== null || readOnly;
  const saveLabel = meta.status === "DRAFT" || meta.status === "UNPUBLISHED" ? "Save draft" : "Save changes";

  return (
    <section aria-label="Workflow" className="flex flex-col gap-3">
      <p className="text-sm">
        Status: <strong>{STATUS_LABELS[meta.status]}</strong>
        {meta.version !== null && <span className={HINT}> · version {meta.version}</span>}
        {(unstored || dirty) && (
          <span className="font-semibold text-amber-800 dark:text-amber-300">
            {unstored ? " · unsaved changes" : " · changes not live yet"}
          </span>
        )}
      </p>
      <p
        role="status"
        className={autosave.kind === "failed" ? "text-sm font-semibold text-red-700 dark:text-red-300" : HINT}
      >
        {autosaveText(autosave)}
      </p>
      {allowed.length === 0 ? (
        <p className={HINT}>This story is out of your hands now: only editors can change it.</p>
      ) : (
        <div className="flex flex-wrap gap-2">
          {allowed.includes("save") && (
            <button type="button" className={BUTTON.primary} disabled={busy} onClick={() => onSave("save")}>
              {pending === "save" ? "Saving…" : saveLabel}
            </button>
          )}
          {shown.map((action) => (
            <button
              key={action}
              type="button"
              className={BUTTON.secondary}
              disabled={busy}
              onClick={() => onSave(action)}
            >
              {pending === action ? "Working…" : LABELS[action]}
            </button>
          ))}
        </div>
      )}
      {meta.id !== null && (
        <div className="flex flex-wrap gap-2">
          <a href={`/editor/articles/${meta.id}/preview`} target="_blank" rel="noopener" className={BUTTON.secondary}>
            Preview
          </a>
          <a href={historyPath(meta.id)} className={BUTTON.secondary}>
            History
          </a>
          {allowed.includes("delete") && (
            <button type="button" className={BUTTON.danger} disabled={busy} onClick={() => setConfirmingDelete(true)}>
              Delete
            </button>
          )}
        </div>
      )}
      {saved && dirty && <p className={HINT}>Preview shows the last saved version.</p>}
      <Dialog open={confirmingDelete} title="Delete this story?" onClose={() => setConfirmingDelete(false)}>
        <p>
          The story, its revisions and its related links are removed for good. Readers following its links will get
          “Page not found”.
        </p>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={BUTTON.danger}
            disabled={busy}
            onClick={() => {
              setConfirmingDelete(false);
              onDelete();
            }}
          >
            Delete story
          </button>
          <button type="button" className={BUTTON.secondary} onClick={() => setConfirmingDelete(false)}>
            Keep it
          </button>
        </div>
      </Dialog>
    </section>
  );
}
