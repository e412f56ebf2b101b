import { execFileSync } from "node:child_process";
import { chmodSync, closeSync, openSync, statSync } from "node:fs";

function canOpenForWriting(file: string): boolean {
  try {
    closeSync(openSync(file, "r+"));
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes a file read-only, as a failing disk or an operator's mistake would:
 * chmod 0444, and as root, whom file modes do not stop, the immutable
 * attribute too (chattr +i). Answers how to undo it, or null, with nothing
 * changed, when the file can still be opened for writing (root without the
 * right to set attributes, as in some containers).
 */
export function makeReadOnly(file: string): (() => void) | null {
  const mode = statSync(file).mode & 0o777;
  chmodSync(file, 0o444);
  let immutable = false;
  if (process.getuid?.() === 0) {
    try {
      execFileSync("chattr", ["+i", file], { stdio: "ignore" });
      immutable = true;
    } catch {
      // Not allowed here: checked below.
    }
  }
  const undo = () => {
    if (immutable) execFileSync("chattr", ["-i", file], { stdio: "ignore" });
    chmodSync(file, mode);
  };
  if (canOpenForWriting(file)) {
    undo();
    return null;
  }
  return undo;
}
