"use client";

import { useEffect, useRef, useState } from "react";
import { z } from "zod";
import type { EditorValues } from "@/components/editor/use-story-form";
import { formChanges } from "@/lib/articles/form-changes";
import type { ArticleFormValues } from "@/lib/articles/schema";

/** Unsaved work found in this browser's storage when the editor opened. */
export type LocalCopy = EditorValues & { savedAt: string; baseVersion: number | null };

/**
 * One entry per person and story ("new" for a story never saved), so two
 * stories' drafts never mix and the next person to sign in on a shared
 * newsroom computer is never offered someone else's text.
 */
const storageKey = (userId: string, storyId: string | null) => `byline:unsaved-story:${userId}:${storyId ?? "new"}`;

// Written by this code, but possibly by an older version of it: anything else is ignored.
const localCopySchema = z.object({
  savedAt: z.string(),
  baseVersion: z.number().nullable(),
  values: z.looseObject({ headline: z.string(), slug: z.string(), tags: z.array(z.string()) }),
  related: z.array(z.object({ id: z.string(), headline: z.string(), live: z.boolean() })),
  heroPreview: z.string().nullable(),
});

function read(key: string): LocalCopy | null {
  try {
    const stored = localStorage.getItem(key);
    const parsed = stored ? localCopySchema.safeParse(JSON.parse(stored)) : null;
    return parsed?.success ? { ...parsed.data, values: parsed.data.values as unknown as ArticleFormValues } : null;
  } catch {
    return null;
  }
}

/** Storage can be full or turned off; the editor works on without it. */
function attempt(change: () => void): void {
  try {
    change();
  } catch {
    // Nothing to do: the copy is a safety net, not the save.
  }
}

/**
 * Keeps a copy of the form in the browser's own storage while it has changes
 * the server does not (a closed tab, a crash or a dropped network loses
 * nothing), and drops it once they are stored. On opening, a copy that
 * differs from what the editor opened with is offered back.
 */
export function useLocalRecovery({
  userId,
  storyId,
  version,
  form,
  unstored,
}: {
  userId: string;
  storyId: string | null;
  version: number | null;
  form: EditorValues;
  unstored: boolean;
}) {
  const key = storageKey(userId, storyId);
  const [offer, setOffer] = useState<LocalCopy | null>(null);
  /** Until the user answers the offer, the copy stays in storage (another reload offers it again). */
  const offered = useRef(false);
  const checked = useRef(false);
  const opening = useRef(form);

  useEffect(() => {
    const copy = read(key);
    if (copy && formChanges(opening.current.values, copy.values).length > 0) {
      offered.current = true;
      setOffer(copy);
    } else if (copy) attempt(() => localStorage.removeItem(key));
    checked.current = true;
  }, [key]);

  const snapshot = JSON.stringify(form);
  useEffect(() => {
    if (!checked.current) return;
    if (unstored) {
      const copy: LocalCopy = {
        ...(JSON.parse(snapshot) as EditorValues),
        savedAt: new Date().toISOString(),
        baseVersion: version,
      };
      attempt(() => localStorage.setItem(key, JSON.stringify(copy)));
    } else if (!offered.current) attempt(() => localStorage.removeItem(key));
  }, [key, snapshot, unstored, version]);

  /** The user answered the offer: restored it (the form now holds it) or discarded it. */
  const settle = () => {
    offered.current = false;
    setOffer(null);
    if (!unstored) attempt(() => localStorage.removeItem(key));
  };
  return { offer, settle };
}
