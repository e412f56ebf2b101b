/** A backup or restore that was refused or could not finish; the message says what to do and is shown as is. */
export class BackupError extends Error {
  override name = "BackupError";
}
