import { TextField } from "@/components/forms/Field";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";

/** "New password" and "Confirm new password", with the password rule as a hint. */
export function NewPasswordFields({ errors }: { errors?: Record<string, string> }) {
  return (
    <>
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={`${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters. A few unrelated words make a strong one.`}
        error={errors?.password}
      />
      <TextField
        name="confirmPassword"
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        required
        error={errors?.confirmPassword}
      />
    </>
  );
}
