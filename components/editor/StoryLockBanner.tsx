"use client";

import type { StoryLock } from "@/components/editor/use-story-lock";
import { BUTTON } from "@/components/forms/styles";

const names = new Intl.ListFormat("en", { type: "conjunction" });

function lockMessage(lock: StoryLock): string | null {
  const holder = lock.state?.holder;
  if (!lock.readOnly || !holder) return null;
  if (holder.self) return "You are editing this story in another tab or window.";
  if (lock.displaced) return `${holder.name} took over this story.`;
  return `${holder.name} is editing this story.`;
}

function lockHint(lock: StoryLock): string {
  if (lock.displaced)
    return "Your editor is read-only now. Your unsaved changes are still on screen: copy what you need, or take the story back.";
  if (lock.state?.holder?.self) return "To edit it here instead, take it over: the other tab turns read-only.";
  if (lock.state?.mayTakeOver)
    return "You can read it here. To edit, take it over: their editor turns read-only and keeps their text on screen.";
  return "You can read it here.";
}

/**
 * Who edits the story instead of this tab, and "Take over". StoryEditor shows
 * it as the reason its fields are read-only; null while this tab may edit.
 */
export function StoryLockBanner({ lock }: { lock: StoryLock }) {
  const message = lockMessage(lock);
  if (!message) return null;
  return (
    // Losing the story mid-sentence must be heard at once; finding it taken on opening is news, not an emergency.
    <div
      key={lock.displaced ? "lost" : "taken"}
      role={lock.displaced ? "alert" : "status"}
      className="flex flex-col gap-2"
    >
      <p className="font-semibold">{message}</p>
      <p>{lockHint(lock)}</p>
      {lock.state?.mayTakeOver && (
        <div>
          <button type="button" className={BUTTON.primary} onClick={lock.takeOver} disabled={lock.takingOver}>
            Take over
          </button>
        </div>
      )}
    </div>
  );
}

/** Who else has the story open, and why the lock could not be checked; shown whether or not this tab edits. */
export function StoryPresence({ lock }: { lock: StoryLock }) {
  const others = lock.state?.others ?? [];
  return (
    <>
      {lock.problem && (
        <p role="alert" className="text-sm font-semibold text-red-700 dark:text-red-300">
          {lock.problem}
        </p>
      )}
      <p role="status" className="text-sm text-neutral-700 dark:text-neutral-300">
        {others.length > 0 && `Also open by ${names.format(others)}.`}
      </p>
    </>
  );
}
