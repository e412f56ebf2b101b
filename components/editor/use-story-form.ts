"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { deleteStory, saveStory } from "@/lib/articles/actions";
import type { StoryChoice } from "@/lib/articles/editor-queries";
import type { ArticleFormValues, FieldErrors } from "@/lib/articles/schema";
import { slugFromHeadline } from "@/lib/articles/slug";
import type { WireFill } from "@/lib/articles/wire-paste";
import type { SaveAction, WorkflowAction } from "@/lib/articles/workflow";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

export type StoryMeta = { id: string | null; version: number | null; status: ArticleStatus; createdById: string };
export type Feedback =
  | { kind: "success" | "error" | "info"; message: string; details?: string[] }
  | { kind: "conflict"; message: string; latestVersion: number; action: SaveAction };

/** Carries the first save's message across to the new story's own page. */
const NOTICE_KEY = "byline:editor-notice";

const UNREACHABLE =
  "That did not go through: the server could not be reached or failed, so nothing was changed. Your text is still here: try again in a moment.";

type Initial = { meta: StoryMeta; values: ArticleFormValues; related: StoryChoice[]; heroPreview: string | null };

/**
 * The story editor's state and its round trips to the server. Everything the
 * user typed stays in this state whatever the server answers; only a
 * successful save moves the "saved" mark that decides whether leaving asks first.
 */
export function useStoryForm(initial: Initial) {
  const router = useRouter();
  const [meta, setMeta] = useState(initial.meta);
  const [values, setValues] = useState(initial.values);
  const [related, setRelated] = useState(initial.related);
  const [heroPreview, setHeroPreview] = useState(initial.heroPreview);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [pending, setPending] = useState<WorkflowAction | null>(null);
  /** Bumped when the body is replaced from outside the editor (a pasted wire story). */
  const [bodyKey, setBodyKey] = useState(0);
  /** True while a new story's first save moves the editor to the story's own address. */
  const [leaving, setLeaving] = useState(false);

  useEffect(() => {
    const notice = sessionStorage.getItem(NOTICE_KEY);
    if (!notice) return;
    sessionStorage.removeItem(NOTICE_KEY);
    setFeedback({ kind: "success", message: notice });
  }, []);

  const fields = useMemo(() => ({ ...values, relatedIds: related.map((story) => story.id) }), [values, related]);
  const snapshot = JSON.stringify(fields);
  const [savedSnapshot, setSavedSnapshot] = useState(snapshot);
  const dirty = snapshot !== savedSnapshot;

  const update = (change: Partial<ArticleFormValues>) => setValues((current) => ({ ...current, ...change }));
  const setHeadline = (headline: string) =>
    setValues((current) => ({
      ...current,
      headline,
      ...(current.slugFollowsHeadline ? { slug: headline.trim() ? slugFromHeadline(headline) : "" } : {}),
    }));
  const setSlug = (slug: string) => update({ slug, slugFollowsHeadline: false });

  const applyWireFill = (fill: WireFill, warnings: string[]) => {
    update(fill);
    setBodyKey((key) => key + 1);
    setFieldErrors({});
    setFeedback({
      kind: "info",
      message: "The fields were filled in from the wire story. Review them, then save.",
      details: warnings,
    });
  };

  const save = async (action: SaveAction, baseVersion: number | null = meta.version) => {
    setPending(action);
    setFeedback(null);
    try {
      const outcome = await saveStory({ articleId: meta.id, baseVersion, action, fields });
      if (outcome.ok) {
        const { story } = outcome;
        const saved = { ...values, slug: story.slug, slugFollowsHeadline: false, publishAt: story.publishAt };
        setSavedSnapshot(JSON.stringify({ ...saved, relatedIds: fields.relatedIds }));
        if (outcome.created) {
          // The story now has a page of its own, which loads it as saved.
          sessionStorage.setItem(NOTICE_KEY, outcome.message);
          setLeaving(true);
          router.replace(`/editor/articles/${story.id}`);
          return;
        }
        setValues(saved);
        setMeta({ ...meta, version: story.version, status: story.status });
        setFieldErrors({});
        setFeedback({ kind: "success", message: outcome.message });
      } else if (outcome.error === "conflict") {
        setFeedback({ kind: "conflict", message: outcome.message, latestVersion: outcome.latestVersion, action });
      } else {
        const errors = outcome.error === "invalid" ? outcome.fieldErrors : {};
        setFieldErrors(errors);
        setFeedback({ kind: "error", message: errors.form ?? outcome.message });
      }
    } catch {
      setFeedback({ kind: "error", message: UNREACHABLE });
    } finally {
      setPending(null);
    }
  };

  const remove = async () => {
    if (!meta.id || meta.version === null) return;
    setPending("delete");
    try {
      const outcome = await deleteStory({ articleId: meta.id, baseVersion: meta.version });
      if (outcome.ok) {
        setSavedSnapshot(snapshot);
        router.push(`/editor?deleted=${encodeURIComponent(values.headline)}`);
        return;
      }
      setFeedback(
        outcome.error === "conflict"
          ? { kind: "error", message: `Not deleted. ${outcome.message}` }
          : { kind: "error", message: outcome.message },
      );
    } catch {
      setFeedback({ kind: "error", message: UNREACHABLE });
    } finally {
      setPending(null);
    }
  };

  return {
    meta,
    values,
    related,
    heroPreview,
    fieldErrors,
    feedback,
    pending,
    dirty,
    bodyKey,
    leaving,
    update,
    setHeadline,
    setSlug,
    setRelated,
    setHeroPreview,
    applyWireFill,
    save,
    remove,
  };
}
