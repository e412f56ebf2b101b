"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { saveStory } from "@/components/editor/save-story";
import { UNREACHABLE } from "@/components/editor/staff-route";
import { AUTOSAVE_DELAY_MS, useAutosave } from "@/components/editor/use-autosave";
import { autosaveStory, deleteStory } from "@/lib/articles/actions";
import type { StoryChoice } from "@/lib/articles/editor-queries";
import { editorPath } from "@/lib/articles/history-paths";
import type { ArticleFormValues, FieldErrors } from "@/lib/articles/schema";
import { slugFromHeadline } from "@/lib/articles/slug";
import type { WireFill } from "@/lib/articles/wire-paste";
import { availableActions, type SaveAction, type WorkflowAction } from "@/lib/articles/workflow";
import type { Actor } from "@/lib/auth/policy";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

export type StoryMeta = { id: string | null; version: number | null; status: ArticleStatus; createdById: string };
export type Feedback =
  | { kind: "success" | "error" | "info"; message: string; details?: string[] }
  | { kind: "conflict"; message: string; latestVersion: number; action: SaveAction };
/** What the form shows, beyond the fields themselves: the related stories' headlines and the hero image. */
export type EditorValues = { values: ArticleFormValues; related: StoryChoice[]; heroPreview: string | null };
/** The status line's news about saving without a button. */
export type AutosaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  /** `pending`: kept as the live story's pending changes, not live yet. */
  | { kind: "saved"; pending: boolean }
  | { kind: "failed"; reason: string };

/** Carries the first save's message across to the new story's own page. */
const NOTICE_KEY = "byline:editor-notice";

const UNREACHABLE_AUTOSAVE = `the server could not be reached. Your text is kept in this browser; the next try is in ${AUTOSAVE_DELAY_MS / 1000} seconds.`;

type Initial = {
  meta: StoryMeta;
  /** The story as saved. */
  saved: EditorValues;
  /** Changes to open with over the saved story; `stored` when the server already holds them (pending changes). */
  opening: { changes: EditorValues; stored: boolean } | null;
  actor: Actor;
  /** Nothing may be changed or saved (someone else is editing the story). */
  readOnly: boolean;
  /** What the banner says as the editor opens. */
  notice: Feedback | null;
  /** The editor tab saves come from (see useStoryLock). */
  currentTab: () => string | null;
};

const snapshotOf = ({ values, related }: Pick<EditorValues, "values" | "related">) =>
  JSON.stringify({ ...values, relatedIds: related.map((story) => story.id) });

/**
 * The story editor's state and its round trips to the server. Everything the
 * user typed stays in this state whatever the server answers. Two marks say
 * how far it got: "saved" (the story holds the form: leaving is safe and
 * nothing waits to go live) and "stored" (the server holds it, maybe only as
 * a live story's pending changes: autosave has nothing to do).
 */
export function useStoryForm(initial: Initial) {
  const router = useRouter();
  const start = initial.opening?.changes ?? initial.saved;
  const [meta, setMeta] = useState(initial.meta);
  const [values, setValues] = useState(start.values);
  const [related, setRelated] = useState(start.related);
  const [heroPreview, setHeroPreview] = useState(start.heroPreview);
  const [savedValues, setSavedValues] = useState(initial.saved);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [feedback, setFeedback] = useState<Feedback | null>(initial.notice);
  const [pending, setPending] = useState<WorkflowAction | null>(null);
  const [autosaveState, setAutosaveState] = useState<AutosaveState>({ kind: "idle" });
  /** Bumped when the body is replaced from outside the editor (a pasted wire story, restored changes). */
  const [bodyKey, setBodyKey] = useState(0);
  /** True while a new story's first save moves the editor to the story's own address. */
  const [leaving, setLeaving] = useState(false);
  /** The version the next save starts from; a ref, since a save may wait for an autosave that moves it. */
  const version = useRef(initial.meta.version);
  const autosaving = useRef<Promise<void> | null>(null);

  useEffect(() => {
    const notice = sessionStorage.getItem(NOTICE_KEY);
    if (!notice) return;
    sessionStorage.removeItem(NOTICE_KEY);
    setFeedback({ kind: "success", message: notice });
  }, []);

  const fields = useMemo(() => ({ ...values, relatedIds: related.map((story) => story.id) }), [values, related]);
  const snapshot = JSON.stringify(fields);
  const [savedSnapshot, setSavedSnapshot] = useState(() => snapshotOf(initial.saved));
  const [storedSnapshot, setStoredSnapshot] = useState(() =>
    initial.opening?.stored ? snapshotOf(initial.opening.changes) : snapshotOf(initial.saved),
  );
  /** The form as it was opened or loaded: autosave waits for the user's own first change. */
  const [loadedSnapshot, setLoadedSnapshot] = useState(snapshot);
  /** The last form autosave was refused for (invalid, conflict): tried again only once it changes. */
  const [refusedSnapshot, setRefusedSnapshot] = useState<string | null>(null);
  const dirty = snapshot !== savedSnapshot;
  /** Autosave runs only for someone who could press "Save": anyone else would only be refused. */
  const mayEdit = availableActions(initial.actor, { ...meta, publishedAt: null }).includes("save");
  const unstored = snapshot !== storedSnapshot;

  const update = (change: Partial<ArticleFormValues>) => setValues((current) => ({ ...current, ...change }));
  const setHeadline = (headline: string) =>
    setValues((current) => ({
      ...current,
      headline,
      ...(current.slugFollowsHeadline ? { slug: headline.trim() ? slugFromHeadline(headline) : "" } : {}),
    }));
  const setSlug = (slug: string) => update({ slug, slugFollowsHeadline: false });

  /**
   * Puts other values in the form (restored or pending changes, or the saved story back). `baseVersion`:
   * the version they were made on, when older than the story's, so saving them meets the conflict message.
   */
  const load = (
    next: EditorValues,
    { stored, autosave, baseVersion }: { stored: boolean; autosave: boolean; baseVersion?: number },
  ) => {
    if (baseVersion !== undefined) version.current = baseVersion;
    setValues(next.values);
    setRelated(next.related);
    setHeroPreview(next.heroPreview);
    setBodyKey((key) => key + 1);
    setFieldErrors({});
    setAutosaveState({ kind: "idle" });
    const loaded = snapshotOf(next);
    if (stored) setStoredSnapshot(loaded);
    setLoadedSnapshot(autosave ? "" : loaded);
  };
  /** Back to the story as saved, once the changes over it are thrown away. */
  const loadSaved = () => load(savedValues, { stored: true, autosave: false });
  /**
   * The server may no longer hold what the form shows beyond the saved story (its pending changes were
   * discarded, or someone took the story over): keep it in this browser again, and warn before leaving.
   */
  const forgetStored = () => setStoredSnapshot(savedSnapshot);

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

  /** A button's save; true when it went through. Waits for an autosave under way, then starts from its version. */
  const save = async (action: SaveAction, baseVersion?: number | null): Promise<boolean> => {
    setPending(action);
    setFeedback(null);
    setAutosaveState({ kind: "idle" });
    try {
      await autosaving.current;
      const outcome = await saveStory({
        articleId: meta.id,
        baseVersion: baseVersion === undefined ? version.current : baseVersion,
        action,
        fields,
        tabId: initial.currentTab() ?? undefined,
      });
      if (outcome.ok) {
        const { story } = outcome;
        const settled = { slug: story.slug, slugFollowsHeadline: false, publishAt: story.publishAt };
        const savedForm = { ...values, ...settled };
        const savedNow = snapshotOf({ values: savedForm, related });
        setSavedSnapshot(savedNow);
        setSavedValues({ values: savedForm, related, heroPreview });
        if (outcome.created) {
          // The story now has a page of its own, which loads it as saved; this form is the one stored.
          setStoredSnapshot(snapshot);
          sessionStorage.setItem(NOTICE_KEY, outcome.message);
          setLeaving(true);
          router.replace(editorPath(story.id));
          return true;
        }
        setStoredSnapshot(savedNow);
        // The page around the form follows the story's status (its corrections section, the lists one
        // goes back to): a save that changed the status refreshes it. Other saves leave it as it is.
        if (story.status !== meta.status) router.refresh();
        // Only what the server settled: anything typed while the save ran stays, as unsaved.
        setValues((current) => ({ ...current, ...settled }));
        version.current = story.version;
        setMeta((current) => ({ ...current, version: story.version, status: story.status }));
        setFieldErrors({});
        setRefusedSnapshot(null);
        setLoadedSnapshot(savedNow);
        setFeedback({ kind: "success", message: outcome.message });
        return true;
      }
      // Autosave would only be refused the same way: it waits for the next change.
      setRefusedSnapshot(snapshot);
      if (outcome.error === "conflict") {
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
    return false;
  };

  const runAutosave = async () => {
    if (!meta.id || version.current === null) return;
    const sent = snapshot;
    setAutosaveState({ kind: "saving" });
    try {
      const outcome = await autosaveStory({
        articleId: meta.id,
        baseVersion: version.current,
        fields,
        tabId: initial.currentTab() ?? undefined,
      });
      if (outcome.ok) {
        setStoredSnapshot(sent);
        if (outcome.kind === "revision") {
          setSavedSnapshot(sent);
          setSavedValues({ values: JSON.parse(sent) as ArticleFormValues, related, heroPreview });
          version.current = outcome.version;
          setMeta((current) => ({ ...current, version: outcome.version }));
        }
        setAutosaveState({ kind: "saved", pending: outcome.kind === "pending" });
        return;
      }
      setRefusedSnapshot(sent);
      if (outcome.error === "conflict")
        setFeedback({
          kind: "conflict",
          message: outcome.message,
          latestVersion: outcome.latestVersion,
          action: "save",
        });
      const reason =
        outcome.error === "invalid"
          ? (Object.values(outcome.fieldErrors)[0] ?? outcome.message)
          : outcome.error === "conflict"
            ? "someone saved this story after you opened it (see above)."
            : outcome.message;
      setAutosaveState({ kind: "failed", reason });
    } catch {
      // Tried again after the next pause: the form is unchanged, so nothing stops it.
      setAutosaveState({ kind: "failed", reason: UNREACHABLE_AUTOSAVE });
    }
  };

  const autosave = () => {
    if (autosaving.current) return;
    autosaving.current = runAutosave().finally(() => {
      autosaving.current = null;
    });
  };
  useAutosave(
    snapshot,
    meta.id !== null &&
      unstored &&
      snapshot !== loadedSnapshot &&
      snapshot !== refusedSnapshot &&
      mayEdit &&
      !initial.readOnly &&
      pending === null &&
      autosaveState.kind !== "saving" &&
      !leaving,
    autosave,
  );

  const remove = async () => {
    if (!meta.id || meta.version === null) return;
    setPending("delete");
    try {
      await autosaving.current;
      const outcome = await deleteStory({
        articleId: meta.id,
        baseVersion: version.current ?? meta.version,
        tabId: initial.currentTab() ?? undefined,
      });
      if (outcome.ok) {
        setSavedSnapshot(snapshot);
        setStoredSnapshot(snapshot);
        router.push(`/editor/articles?deleted=${encodeURIComponent(values.headline)}`);
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
    /** The values with the related stories as chosen: what a save sends. */
    fields,
    related,
    heroPreview,
    fieldErrors,
    feedback,
    setFeedback,
    pending,
    dirty,
    unstored,
    // "Saved" only while the form is what was saved: typed since, it is not.
    autosaveState: unstored && autosaveState.kind === "saved" ? ({ kind: "idle" } as const) : autosaveState,
    bodyKey,
    leaving,
    update,
    setHeadline,
    setSlug,
    setRelated,
    setHeroPreview,
    load,
    loadSaved,
    forgetStored,
    applyWireFill,
    save,
    remove,
  };
}
