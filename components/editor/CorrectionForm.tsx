"use client";

import { useActionState } from "react";
import { FieldShell } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { CONTROL } from "@/components/forms/styles";
import { addCorrectionAction } from "@/lib/articles/actions";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";

/** Adds a correction to a published story; a refused one keeps its text beside the message. */
export function CorrectionForm({ articleId }: { articleId: string }) {
  const [state, action] = useActionState(addCorrectionAction, INITIAL_FORM_STATE);
  const error = state.fieldErrors?.text;
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      {/* A field's own message is enough; the form-level one is for refusals that concern no field. */}
      {!error && <FormMessage state={state} />}
      <input type="hidden" name="articleId" value={articleId} />
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
