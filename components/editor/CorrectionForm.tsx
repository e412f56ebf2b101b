"use client";

import { useActionState } from "react";
import { postToStaffRoute, UNREACHABLE } from "@/components/editor/staff-route";
import { FieldShell } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { CONTROL } from "@/components/forms/styles";
import type { CorrectionOutcome, CorrectionRow } from "@/lib/articles/corrections";
import { ADD_CORRECTION_API } from "@/lib/articles/history-paths";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/forms/form-state";

/** The route's answer as JSON: the new correction's date arrives as an ISO string. */
type AddedCorrection =
  | Exclude<CorrectionOutcome, { ok: true }>
  | {
      ok: true;
      message: string;
      correction: Omit<CorrectionRow, "correctedAt"> & { correctedAt: string };
    };

/**
 * Adds a correction to a published story through its JSON route
 * (lib/articles/correction-route.ts) and hands the new one to `onAdded`; a
 * refused one keeps its text beside the message.
 */
export function CorrectionForm({
  articleId,
  onAdded,
}: {
  articleId: string;
  onAdded: (correction: CorrectionRow) => void;
}) {
  const [state, action] = useActionState(async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const values = { text: String(formData.get("text") ?? "") };
    try {
      const answer = await postToStaffRoute<AddedCorrection>(ADD_CORRECTION_API, { articleId, text: values.text });
      if (!answer.ok) {
        const fieldErrors = "fieldErrors" in answer ? answer.fieldErrors : undefined;
        return { status: "error", message: answer.message, fieldErrors, values };
      }
      onAdded({ ...answer.correction, correctedAt: new Date(answer.correction.correctedAt) });
      return { status: "success", message: answer.message };
    } catch {
      return { status: "error", message: UNREACHABLE, values };
    }
  }, INITIAL_FORM_STATE);
  const error = state.fieldErrors?.text;
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      {/* A field's own message is enough; the form-level one is for refusals that concern no field. */}
      {!error && <FormMessage state={state} />}
      <FieldShell
        id="field-correction"
        label="Correction"
        error={error}
        hint="Say what was wrong and what is right. Readers see it under the story, dated now."
      >
        {(describedBy, invalid) => (
          <textarea
            id="field-correction"
            name="text"
            rows={3}
            defaultValue={state.values?.text}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={`${CONTROL} min-h-20`}
          />
        )}
      </FieldShell>
      <div>
        <SubmitButton variant="secondary" pendingLabel="Adding…">
          Add correction
        </SubmitButton>
      </div>
    </form>
  );
}
