"use client";

import { useState } from "react";
import { Dialog } from "@/components/editor/Dialog";
import type { StoryMeta } from "@/components/editor/use-story-form";
import { BUTTON, HINT } from "@/components/forms/styles";
import type { SaveAction } from "@/lib/articles/workflow";
import { availableActions, STATUS_LABELS, type WorkflowAction } from "@/lib/articles/workflow";
import type { Actor } from "@/lib/auth/policy";

type Props = {
  actor: Actor;
  meta: StoryMeta;
  pending: WorkflowAction | null;
  dirty: boolean;
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
export function WorkflowBar({ actor, meta, pending, dirty, onSave, onDelete }: Props) {
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const allowed = availableActions(actor, { status: meta.status, createdById: meta.createdById, publishedAt: null });
  const saved = meta.id !== null;
  // An editor publishes directly; "Submit for review" is the writer's way.
  const shown = (["submit", "publish", "schedule", "unpublish"] as const).filter(
    (action) => allowed.includes(action) && !(action === "submit" && allowed.includes("publish")),
  );
  const busy = pending !== null;
  const saveLabel = meta.status === "DRAFT" || meta.status === "UNPUBLISHED" ? "Save draft" : "Save changes";

  return (
    <section aria-label="Workflow" className="flex flex-col gap-3">
      <p className="text-sm">
        Status: <strong>{STATUS_LABELS[meta.status]}</strong>
        {meta.version !== null && <span className={HINT}> · version {meta.version}</span>}
        {dirty && <span className="font-semibold text-amber-800 dark:text-amber-300"> · unsaved changes</span>}
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
      {saved && (
        <div className="flex flex-wrap gap-2">
          <a href={`/editor/articles/${meta.id}/preview`} target="_blank" rel="noopener" className={BUTTON.secondary}>
            Preview
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
