"use client";

import { BodyEditor } from "@/components/editor/BodyEditor";
import { BylinesField } from "@/components/editor/BylinesField";
import { FeedbackBanner } from "@/components/editor/FeedbackBanner";
import { lengthHint, TextInput } from "@/components/editor/Field";
import { HeroImageField } from "@/components/editor/HeroImageField";
import { RelatedArticlesField } from "@/components/editor/RelatedArticlesField";
import { TagsField } from "@/components/editor/TagsField";
import { type StoryMeta, useStoryForm } from "@/components/editor/use-story-form";
import { EDITOR_ROOT_ATTRIBUTE, useUnsavedChangesWarning } from "@/components/editor/use-unsaved-changes-warning";
import { WirePasteDialog } from "@/components/editor/WirePasteDialog";
import { WorkflowBar } from "@/components/editor/WorkflowBar";
import { FieldShell } from "@/components/forms/Field";
import { CONTROL, GROUP, LEGEND } from "@/components/forms/styles";
import type { EditorOptions, StoryChoice } from "@/lib/articles/editor-queries";
import { type ArticleFormValues, FIELD_LIMITS } from "@/lib/articles/schema";
import type { Actor } from "@/lib/auth/policy";

type Props = {
  actor: Actor;
  meta: StoryMeta;
  values: ArticleFormValues;
  related: StoryChoice[];
  heroPreview: string | null;
  options: EditorOptions;
  timeZone: string;
};

/** The story editor: every field of a story, the body, and the workflow buttons. */
export function StoryEditor({ actor, options, timeZone, ...initial }: Props) {
  const form = useStoryForm({
    meta: initial.meta,
    values: initial.values,
    related: initial.related,
    heroPreview: initial.heroPreview,
  });
  const { values, fieldErrors: errors, meta } = form;
  useUnsavedChangesWarning(form.dirty);

  return (
    <>
      {form.leaving && <p role="status">Saved. Opening the story…</p>}
      <div className="flex flex-col gap-6" inert={form.leaving} {...{ [EDITOR_ROOT_ATTRIBUTE]: "" }}>
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h1 className="font-serif text-3xl font-bold">{meta.id ? "Edit story" : "New story"}</h1>
          <WirePasteDialog onFill={form.applyWireFill} />
        </div>
        <FeedbackBanner
          feedback={form.feedback}
          articleId={meta.id}
          onSaveOver={() =>
            form.feedback?.kind === "conflict" && void form.save(form.feedback.action, form.feedback.latestVersion)
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
            />
            <TextInput
              id="field-slug"
              label="Slug"
              value={values.slug}
              onChange={form.setSlug}
              error={errors.slug}
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
              hint="One or two sentences under the headline."
            />
            <div className="grid gap-5 sm:grid-cols-2">
              <TextInput
                id="field-dateline"
                label="Dateline"
                value={values.dateline}
                onChange={(dateline) => form.update({ dateline })}
                error={errors.dateline}
                hint="Where it was reported, such as MOSCOW."
              />
              <FieldShell id="field-section" label="Section" error={errors.sectionId}>
                {(describedBy, invalid) => (
                  <select
                    id="field-section"
                    className={CONTROL}
                    value={values.sectionId}
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
            />
            <RelatedArticlesField
              related={form.related}
              articleId={meta.id}
              onChange={form.setRelated}
              error={errors.relatedIds}
            />
          </div>

          <aside aria-label="Story settings" className="flex flex-col gap-5">
            <WorkflowBar
              actor={actor}
              meta={meta}
              pending={form.pending}
              dirty={form.dirty}
              onSave={(action) => void form.save(action)}
              onDelete={() => void form.remove()}
            />
            <TextInput
              id="field-publishAt"
              label="Publication time"
              type="datetime-local"
              value={values.publishAt}
              onChange={(publishAt) => form.update({ publishAt })}
              error={errors.publishAt}
              hint={`In the newsroom's time zone (${timeZone}). Empty publishes now; for Schedule, choose a time ahead.`}
            />
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
            <fieldset className={GROUP}>
              <legend className={LEGEND}>Source</legend>
              <TextInput
                id="field-sourceName"
                label="Source name"
                value={values.sourceName}
                onChange={(sourceName) => form.update({ sourceName })}
                error={errors.sourceName}
              />
              <TextInput
                id="field-sourceUrl"
                label="Original URL"
                type="url"
                value={values.sourceUrl}
                onChange={(sourceUrl) => form.update({ sourceUrl })}
                error={errors.sourceUrl}
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
                hint={lengthHint(values.seoTitle.length, FIELD_LIMITS.seoTitle.advised)}
              />
              <TextInput
                id="field-seoDescription"
                label="SEO description"
                multiline
                value={values.seoDescription}
                onChange={(seoDescription) => form.update({ seoDescription })}
                error={errors.seoDescription}
                hint={lengthHint(values.seoDescription.length, FIELD_LIMITS.seoDescription.advised)}
              />
            </fieldset>
          </aside>
        </div>
      </div>
    </>
  );
}
