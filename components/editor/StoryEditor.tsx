"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useState } from "react";
import { BodyEditor } from "@/components/editor/BodyEditor";
import { BylinesField } from "@/components/editor/BylinesField";
import { FeedbackBanner } from "@/components/editor/FeedbackBanner";
import { lengthHint, TextInput } from "@/components/editor/Field";
import { HeroImageField } from "@/components/editor/HeroImageField";
import { type PendingChangesInfo, PendingChangesNotice } from "@/components/editor/PendingChangesNotice";
import { RecoveryBanner } from "@/components/editor/RecoveryBanner";
import { RelatedArticlesField } from "@/components/editor/RelatedArticlesField";
import { StoryLockBanner, StoryPresence } from "@/components/editor/StoryLockBanner";
import { TagsField } from "@/components/editor/TagsField";
import { useLocalRecovery } from "@/components/editor/use-local-recovery";
import { type EditorValues, type Feedback, type StoryMeta, useStoryForm } from "@/components/editor/use-story-form";
import { useStoryLock } from "@/components/editor/use-story-lock";
import { EDITOR_ROOT_ATTRIBUTE, useUnsavedChangesWarning } from "@/components/editor/use-unsaved-changes-warning";
import { WirePasteDialog } from "@/components/editor/WirePasteDialog";
import { WorkflowBar } from "@/components/editor/WorkflowBar";
import { FieldShell } from "@/components/forms/Field";
import { CONTROL, GROUP, LEGEND } from "@/components/forms/styles";
import { discardAutosavedChanges } from "@/lib/articles/actions";
import type { EditorOptions, StoryChoice } from "@/lib/articles/editor-queries";
import type { RestoredVersion } from "@/lib/articles/history";
import { type ArticleFormValues, FIELD_LIMITS } from "@/lib/articles/schema";
import type { Actor } from "@/lib/auth/policy";

/** The editor shows the story but nothing can be changed: someone else is editing it. */
export type ReadOnly = { message: ReactNode };

type Props = {
  actor: Actor;
  meta: StoryMeta;
  values: ArticleFormValues;
  related: StoryChoice[];
  heroPreview: string | null;
  options: EditorOptions;
  timeZone: string;
  /** A version from the history (`?restore=n`), opened as unsaved changes over the current one, or the number of one not found. */
  restored?: RestoredVersion | { missing: number } | null;
  /** A live story's autosaved changes that are not live yet. */
  pendingChanges?: (EditorValues & PendingChangesInfo) | null;
  readOnly?: ReadOnly | null;
};

function openingNotice(restored: RestoredVersion | { missing: number } | null): Feedback | null {
  if (!restored) return null;
  if ("missing" in restored)
    return {
      kind: "error",
      message: `This story has no version ${restored.missing} you may see, so nothing was loaded: the form shows the current version.`,
    };
  return {
    kind: "info",
    message: `Version ${restored.version} is loaded: save to make it the current version.`,
    details: restored.dropped.map((item) => `Left out, since it no longer exists: ${item}.`),
  };
}

/** The story editor: every field of a story, the body, and the workflow buttons. */
export function StoryEditor({
  actor,
  options,
  timeZone,
  restored: restoring = null,
  pendingChanges = null,
  readOnly: readOnlyByPage = null,
  ...initial
}: Props) {
  const router = useRouter();
  // Someone else editing the story makes it read-only here too, with who and "Take over".
  const storyLock = useStoryLock(initial.meta.id);
  const readOnly = readOnlyByPage ?? (storyLock.readOnly ? { message: <StoryLockBanner lock={storyLock} /> } : null);
  const restored = restoring && "values" in restoring ? restoring : null;
  const saved = { values: initial.values, related: initial.related, heroPreview: initial.heroPreview };
  const pendingOpens = !restored && pendingChanges !== null && !pendingChanges.stale;
  const [opening] = useState(() =>
    restored
      ? { changes: restored, stored: false }
      : pendingOpens && pendingChanges
        ? { changes: pendingChanges, stored: true }
        : null,
  );
  const form = useStoryForm({
    meta: initial.meta,
    saved,
    opening,
    actor,
    readOnly: readOnly !== null,
    notice: openingNotice(restoring),
    currentTab: storyLock.currentTab,
  });
  const { values, fieldErrors: errors, meta } = form;
  const locked = readOnly !== null;
  useUnsavedChangesWarning(form.unstored);
  const recovery = useLocalRecovery({
    userId: actor.id,
    storyId: meta.id,
    version: meta.version,
    form: { values: form.fields, related: form.related, heroPreview: form.heroPreview },
    unstored: form.unstored,
  });
  const [pending, setPending] = useState(pendingChanges);
  const [pendingLoaded, setPendingLoaded] = useState(pendingOpens);
  const [discarding, setDiscarding] = useState(false);

  // The restored version is in the form now (and, once changed, autosaved or in this browser): a reload
  // of ?restore=n would put it back over whatever was done since.
  const storyId = meta.id;
  const restoreInAddress = restoring !== null;
  useEffect(() => {
    if (restoreInAddress && storyId) router.replace(`/editor/articles/${storyId}`);
  }, [restoreInAddress, storyId, router]);

  // Taken over: the server's copy of this form may be overwritten by the new holder; this browser keeps it.
  const { forgetStored } = form;
  const displaced = storyLock.displaced;
  useEffect(() => {
    if (displaced) forgetStored();
  }, [displaced, forgetStored]);

  const save = async (action: Parameters<typeof form.save>[0], baseVersion?: number) => {
    // Saved: the pending changes are gone with the save.
    if (await form.save(action, baseVersion)) setPending(null);
  };

  const discardPending = async () => {
    if (!meta.id) return;
    setDiscarding(true);
    try {
      const outcome = await discardAutosavedChanges({ articleId: meta.id });
      if (!outcome.ok) {
        form.setFeedback({ kind: "error", message: outcome.message });
        return;
      }
      // Discarded changes the form did not show may have been the form's own, autosaved: keep them here.
      if (pendingLoaded) form.loadSaved();
      else form.forgetStored();
      setPending(null);
      form.setFeedback({ kind: "success", message: outcome.message });
    } catch {
      form.setFeedback({
        kind: "error",
        message: "The autosaved changes were not discarded: the server could not be reached. Try again in a moment.",
      });
    } finally {
      setDiscarding(false);
    }
  };

  return (
    <>
      {form.leaving && <p role="status">Saved. Opening the story…</p>}
      <div className="flex flex-col gap-6" inert={form.leaving} {...{ [EDITOR_ROOT_ATTRIBUTE]: "" }}>
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h1 className="font-serif text-3xl font-bold">{meta.id ? "Edit story" : "New story"}</h1>
          <fieldset disabled={locked} className="contents">
            <WirePasteDialog onFill={form.applyWireFill} />
          </fieldset>
        </div>
        <StoryPresence lock={storyLock} />
        {readOnly && (
          <section aria-label="Read only" className="rounded border border-neutral-400 px-4 py-3 text-sm">
            {readOnly.message}
          </section>
        )}
        {recovery.offer && (
          <RecoveryBanner
            copy={recovery.offer}
            opened={opening?.changes ?? saved}
            version={meta.version}
            onRestore={() => {
              const copy = recovery.offer;
              // Made on an older version: saving it meets the conflict message, never writes over the newer one.
              const outdated = copy?.baseVersion != null && copy.baseVersion !== meta.version;
              if (copy)
                form.load(copy, {
                  stored: false,
                  autosave: true,
                  ...(outdated && copy.baseVersion !== null ? { baseVersion: copy.baseVersion } : {}),
                });
              recovery.settle();
            }}
            onDiscard={recovery.settle}
          />
        )}
        {pending && (
          <PendingChangesNotice
            info={pending}
            version={meta.version}
            loaded={pendingLoaded}
            // A save under way would be undone on screen by the discard's reload of the saved story.
            busy={discarding || locked || form.pending !== null}
            onLoad={() => {
              form.load(pending, { stored: true, autosave: false });
              setPendingLoaded(true);
            }}
            onDiscard={() => void discardPending()}
          />
        )}
        <FeedbackBanner
          feedback={form.feedback}
          articleId={meta.id}
          onSaveOver={() =>
            form.feedback?.kind === "conflict" && void save(form.feedback.action, form.feedback.latestVersion)
          }
        />

        <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <div className="flex flex-col gap-5">
            <TextInput
              id="field-headline"
              label="Headline"
              value={values.headline}
              onChange={form.setHeadline}
              error={errors.headline}
              readOnly={locked}
            />
            <TextInput
              id="field-slug"
              label="Slug"
              value={values.slug}
              onChange={form.setSlug}
              error={errors.slug}
              readOnly={locked}
              hint={
                values.slugFollowsHeadline
                  ? "Made from the headline until you edit it. Lowercase letters, digits and hyphens."
                  : `The story's address: /articles/${values.slug}`
              }
            />
            <TextInput
              id="field-dek"
              label="Dek"
              multiline
              value={values.dek}
              onChange={(dek) => form.update({ dek })}
              error={errors.dek}
              readOnly={locked}
              hint="One or two sentences under the headline."
            />
            <div className="grid gap-5 sm:grid-cols-2">
              <TextInput
                id="field-dateline"
                label="Dateline"
                value={values.dateline}
                onChange={(dateline) => form.update({ dateline })}
                error={errors.dateline}
                readOnly={locked}
                hint="Where it was reported, such as MOSCOW."
              />
              <FieldShell id="field-section" label="Section" error={errors.sectionId}>
                {(describedBy, invalid) => (
                  <select
                    id="field-section"
                    className={CONTROL}
                    value={values.sectionId}
                    disabled={locked}
                    onChange={(event) => form.update({ sectionId: event.target.value })}
                    aria-describedby={describedBy}
                    aria-invalid={invalid}
                  >
                    <option value="">No section</option>
                    {options.sections.map((section) => (
                      <option key={section.id} value={section.id}>
                        {section.name}
                      </option>
                    ))}
                  </select>
                )}
              </FieldShell>
            </div>
            <BodyEditor
              key={form.bodyKey}
              initialContent={values.body}
              onChange={(body) => form.update({ body })}
              error={errors.body}
              articleId={meta.id}
              editable={!locked}
            />
            <fieldset disabled={locked} className="contents">
              <RelatedArticlesField
                related={form.related}
                articleId={meta.id}
                onChange={form.setRelated}
                error={errors.relatedIds}
              />
            </fieldset>
          </div>

          <aside aria-label="Story settings" className="flex flex-col gap-5">
            <WorkflowBar
              actor={actor}
              meta={meta}
              pending={form.pending}
              dirty={form.dirty}
              unstored={form.unstored}
              autosave={form.autosaveState}
              readOnly={locked}
              onSave={(action) => void save(action)}
              onDelete={() => void form.remove()}
            />
            <TextInput
              id="field-publishAt"
              label="Publication time"
              type="datetime-local"
              value={values.publishAt}
              onChange={(publishAt) => form.update({ publishAt })}
              error={errors.publishAt}
              readOnly={locked}
              hint={`In the newsroom's time zone (${timeZone}). Empty publishes now; for Schedule, choose a time ahead.`}
            />
            <fieldset disabled={locked} className="contents">
              <BylinesField
                bylines={values.bylines}
                authors={options.authors}
                onChange={(bylines) => form.update({ bylines })}
                error={errors.bylines}
              />
              <TagsField
                tags={values.tags}
                suggestions={options.tags}
                onChange={(tags) => form.update({ tags })}
                error={errors.tags}
              />
              <HeroImageField
                values={values}
                preview={form.heroPreview}
                errors={errors}
                onChange={(change, preview) => {
                  form.update(change);
                  if (preview !== undefined) form.setHeroPreview(preview);
                }}
              />
            </fieldset>
            <fieldset className={GROUP}>
              <legend className={LEGEND}>Source</legend>
              <TextInput
                id="field-sourceName"
                label="Source name"
                value={values.sourceName}
                onChange={(sourceName) => form.update({ sourceName })}
                error={errors.sourceName}
                readOnly={locked}
              />
              <TextInput
                id="field-sourceUrl"
                label="Original URL"
                type="url"
                value={values.sourceUrl}
                onChange={(sourceUrl) => form.update({ sourceUrl })}
                error={errors.sourceUrl}
                readOnly={locked}
              />
            </fieldset>
            <fieldset className={GROUP}>
              <legend className={LEGEND}>Search engines</legend>
              <TextInput
                id="field-seoTitle"
                label="SEO title"
                value={values.seoTitle}
                onChange={(seoTitle) => form.update({ seoTitle })}
                error={errors.seoTitle}
                readOnly={locked}
                hint={lengthHint(values.seoTitle.length, FIELD_LIMITS.seoTitle.advised)}
              />
              <TextInput
                id="field-seoDescription"
                label="SEO description"
                multiline
                value={values.seoDescription}
                onChange={(seoDescription) => form.update({ seoDescription })}
                error={errors.seoDescription}
                readOnly={locked}
                hint={lengthHint(values.seoDescription.length, FIELD_LIMITS.seoDescription.advised)}
              />
            </fieldset>
          </aside>
        </div>
      </div>
    </>
  );
}
