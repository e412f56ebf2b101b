import { FieldShell } from "@/components/forms/Field";
import { CONTROL } from "@/components/forms/styles";

/**
 * "Authentication code": six digits from an authenticator app, or (where
 * `recoveryCodes` says so) a recovery code. Browsers and password managers
 * offer to fill it (one-time-code).
 */
export function AuthenticationCodeField({
  error,
  hint,
  recoveryCodes = false,
  id = "field-code",
}: {
  error?: string;
  hint?: string;
  recoveryCodes?: boolean;
  id?: string;
}) {
  return (
    <FieldShell id={id} label="Authentication code" error={error} hint={hint}>
      {(describedBy, invalid) => (
        <input
          id={id}
          name="code"
          type="text"
          inputMode={recoveryCodes ? "text" : "numeric"}
          autoComplete="one-time-code"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={64}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className={`${CONTROL} max-w-60 font-mono tracking-wider`}
        />
      )}
    </FieldShell>
  );
}
