/**
 * What a server action tells its form: a message for the whole form, one
 * message per field, and what the user typed (never passwords) so nothing
 * they wrote is lost when the form shows again.
 */
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** A one-time link made by the action, shown once for the user to copy. */
  link?: string;
  /** A secret made by the action (a content API key), shown once for the user to copy. */
  secret?: string;
  /** One-time codes made by the action (two-factor recovery codes), shown once for the user to keep. */
  codes?: string[];
};

export const INITIAL_FORM_STATE: FormState = { status: "idle" };
