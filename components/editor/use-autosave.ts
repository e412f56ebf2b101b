"use client";

import { useEffect, useEffectEvent } from "react";

/** How long typing must pause before the form saves itself. */
export const AUTOSAVE_DELAY_MS = 3_000;

/**
 * Calls `save` once the form (its `snapshot`) has stayed unchanged for
 * AUTOSAVE_DELAY_MS while `enabled`. Each change starts the wait again, so
 * a save runs a few seconds after typing stops, never in the middle of it.
 */
export function useAutosave(snapshot: string, enabled: boolean, save: () => void): void {
  const onPause = useEffectEvent(save);
  // biome-ignore lint/correctness/useExhaustiveDependencies: every change of the form restarts the wait
  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(onPause, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [snapshot, enabled]);
}
