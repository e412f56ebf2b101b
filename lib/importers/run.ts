import "server-only";
import { type EditorStory, getEditorStory, newStoryValues } from "@/lib/articles/editor-queries";
import { instantToNewsroomTime } from "@/lib/articles/publication-time";
import { saveArticle } from "@/lib/articles/save";
import { type ArticleFormValues, articleFieldsSchema, type FieldErrors, fieldErrorsOf } from "@/lib/articles/schema";
import type { SaveAction } from "@/lib/articles/workflow";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { deleteMedia } from "@/lib/media/library";
import { newsroomTimeZone } from "@/lib/settings/queries";
import { convertContent } from "./content";
import { locateHeroFile, uploadHeroImage } from "./hero-image";
import { Notes } from "./notes";
import { decidePublication, workflowStep } from "./publication";
import { countOutcome, emptyTally, type ImportReport, type PostOutcome, type Tally } from "./report";
import { SlugPlanner } from "./slugs";
import type { SourceExport, SourcePost } from "./source";
import { type StoryParts, storyFields } from "./story-fields";
import { ImportTaxonomy } from "./taxonomy";

export type ImportOptions = {
  /** Update the stories that already have a post's slug, instead of skipping them. */
  update?: boolean;
  /** Do everything but write: the same report, no rows, no files. */
  dryRun?: boolean;
  /** The old site's media folder, where featured images are taken from. */
  mediaDir?: string | null;
  /** Where the posts come from, for the audit log. */
  origin: { platform: "ghost" | "wordpress"; file: string };
  now?: Date;
  /** Told after each post, for a progress bar. */
  onProgress?: (tally: Tally) => void;
};

/**
 * Imports the posts of an export file, one by one, each through the editor's
 * own save (form schema, workflow, policy, revision, audit event, and what
 * else that save's transaction writes), so an import is no different from
 * the newsroom typing the stories in. A post that fails is reported and the
 * next one goes on.
 */
export async function runImport(
  client: PrismaClient,
  actor: SessionUser,
  source: SourceExport,
  options: ImportOptions,
): Promise<ImportReport> {
  const run = await prepare(client, actor, options);
  const report: ImportReport = {
    dryRun: run.dryRun,
    outcomes: [],
    notes: [],
    created: run.taxonomy.created,
    revalidate: { articleIds: [], taxonomy: false },
  };
  const tally = emptyTally(source.posts.length + source.skipped.length);
  const record = (outcome: PostOutcome) => {
    report.outcomes.push(outcome);
    countOutcome(tally, outcome);
    options.onProgress?.(tally);
  };
  for (const skipped of source.skipped) record({ kind: "skipped", ...skipped });
  for (const post of source.posts) {
    try {
      record(await importPost(post, run, report));
    } catch (error) {
      record({
        kind: "failed",
        sourceId: post.sourceId,
        title: post.title,
        reason: `the importer failed on it: ${messageOf(error)}`,
      });
    }
  }
  report.revalidate.taxonomy ||= !run.dryRun && run.taxonomy.changed;
  return report;
}

type Run = {
  client: PrismaClient;
  actor: SessionUser;
  origin: ImportOptions["origin"];
  update: boolean;
  dryRun: boolean;
  mediaDir: string | null;
  now: Date;
  zone: string;
  /** Every story's slug and id, read once: a file of thousands of posts asks no question per post. */
  existing: Map<string, string>;
  /** Old addresses of stories since renamed: a post may not take them. */
  formerSlugs: Set<string>;
  slugs: SlugPlanner;
  taxonomy: ImportTaxonomy;
  /** A blank story: the file, not the importer, says who wrote it. */
  blank: ArticleFormValues;
};

async function prepare(client: PrismaClient, actor: SessionUser, options: ImportOptions): Promise<Run> {
  const dryRun = options.dryRun ?? false;
  const [stories, redirects] = await Promise.all([
    client.article.findMany({ select: { id: true, slug: true } }),
    client.slugRedirect.findMany({ select: { slug: true } }),
  ]);
  return {
    client,
    actor,
    origin: options.origin,
    update: options.update ?? false,
    dryRun,
    mediaDir: options.mediaDir ?? null,
    now: options.now ?? new Date(),
    zone: await newsroomTimeZone(client),
    existing: new Map(stories.map((story) => [story.slug, story.id])),
    formerSlugs: new Set(redirects.map((redirect) => redirect.slug)),
    slugs: new SlugPlanner(),
    taxonomy: await ImportTaxonomy.load(client, actor, dryRun),
    blank: { ...(await newStoryValues(actor, client)), bylines: [] },
  };
}

async function importPost(post: SourcePost, run: Run, report: ImportReport): Promise<PostOutcome> {
  const { sourceId, title } = post;
  const skipped = (reason: string): PostOutcome => ({ kind: "skipped", sourceId, title, reason });
  const failed = (reason: string): PostOutcome => ({ kind: "failed", sourceId, title, reason });
  if (!title.trim()) return skipped("it has no title");

  const notes = new Notes();
  notes.addAll(post.notes);
  const { slug, notes: slugNotes } = await run.slugs.plan(post);
  notes.addAll(slugNotes);
  const existingId = run.existing.get(slug);
  if (existingId && !run.update) return skipped("already on Byline (run again with --update to update it)");
  if (!existingId && run.formerSlugs.has(slug)) return skipped("its slug is a former address of another Byline story");

  const content = convertContent(post.content);
  if (!content.ok) return failed(content.message);
  notes.addAll(content.notes);
  const current = existingId ? await getEditorStory(existingId, run.now, run.client, run.zone) : null;
  if (existingId && !current) return failed("the story with its slug was deleted during the import");
  const publication = decidePublication(post, run.now);
  notes.addAll(publication.notes);
  const step = workflowStep(
    publication,
    current ? { status: current.status, publishedAt: current.workflow.publishedAt } : null,
  );
  if (step.note) notes.add(step.note);

  const parts: StoryParts = {
    post,
    slug,
    body: content.doc,
    sectionId: post.section ? await run.taxonomy.sectionId(post.section) : null,
    bylines: [],
    publishAt: step.at ? instantToNewsroomTime(step.at, run.zone) : "",
    hero: await heroOf(post, current, run, notes),
    base: current?.values ?? run.blank,
  };
  for (const author of post.authors) parts.bylines.push(await run.taxonomy.byline(author));
  const { fields, notes: fieldNotes } = storyFields(parts);
  notes.addAll(fieldNotes);

  const outcome = await save(run, fields, step.action, current, post);
  if (!outcome.ok) {
    if (parts.hero && !run.dryRun)
      await deleteMedia(run.client, { mediaId: parts.hero.mediaId }, { actor: run.actor, ip: "command line" });
    return failed(outcome.message);
  }
  if (!run.dryRun) run.existing.set(outcome.slug, outcome.id);
  report.revalidate.articleIds.push(...outcome.revalidate);
  const lines = notes.list();
  if (lines.length) report.notes.push({ sourceId, title, slug: outcome.slug, notes: lines });
  return { kind: current ? "updated" : "imported", sourceId, title, slug: outcome.slug, status: outcome.status };
}

/** The featured image: taken only for a story that has none yet, so a re-run does not upload it again. */
async function heroOf(
  post: SourcePost,
  current: EditorStory | null,
  run: Run,
  notes: Notes,
): Promise<StoryParts["hero"]> {
  const image = post.hero;
  if (!image || current?.values.heroMediaId) return null;
  if (!run.mediaDir) {
    notes.add("featured image not imported: give --media-dir with the old site's media folder", image.url);
    return null;
  }
  if (run.dryRun) {
    const located = await locateHeroFile(image, run.mediaDir);
    if (located.ok) return { mediaId: "dry-run-image", image };
    notes.add(located.note);
    return null;
  }
  const uploaded = await uploadHeroImage(run.client, run.actor, image, run.mediaDir);
  if (uploaded.ok) return { mediaId: uploaded.mediaId, image };
  notes.add(uploaded.note);
  return null;
}

type Saved =
  | { ok: true; id: string; slug: string; status: ArticleStatus; revalidate: string[] }
  | { ok: false; message: string };

async function save(
  run: Run,
  fields: ArticleFormValues,
  action: SaveAction,
  current: EditorStory | null,
  post: SourcePost,
): Promise<Saved> {
  if (run.dryRun) {
    const checked = articleFieldsSchema.safeParse(fields);
    if (!checked.success)
      return { ok: false, message: refusal("the story would be refused", fieldErrorsOf(checked.error)) };
    return { ok: true, id: "", slug: checked.data.slug, status: statusAfter(action, current), revalidate: [] };
  }
  const outcome = await saveArticle(
    run.client,
    run.actor,
    { articleId: current?.id ?? null, baseVersion: current?.version ?? null, action, fields },
    {
      now: run.now,
      onSaved: (tx, story) =>
        recordAudit(tx, {
          action: current ? "article.import_update" : "article.import",
          actor: run.actor,
          targetType: "article",
          targetId: story.id,
          details: {
            slug: story.slug,
            origin: run.origin.file,
            platform: run.origin.platform,
            sourceId: post.sourceId,
          },
          ip: "command line",
        }),
    },
  );
  if (!outcome.ok)
    return { ok: false, message: refusal(outcome.message, "fieldErrors" in outcome ? outcome.fieldErrors : {}) };
  return {
    ok: true,
    id: outcome.story.id,
    slug: outcome.story.slug,
    status: outcome.story.status,
    revalidate: outcome.revalidate.articleIds,
  };
}

const STATUS_AFTER: Partial<Record<SaveAction, ArticleStatus>> = {
  publish: "PUBLISHED",
  schedule: "SCHEDULED",
  submit: "IN_REVIEW",
};

/** What a dry run reports a story would become. */
function statusAfter(action: SaveAction, current: EditorStory | null): ArticleStatus {
  return STATUS_AFTER[action] ?? current?.status ?? "DRAFT";
}

/** The save's message with the fields it names, as the wire importer words it. */
function refusal(message: string, fieldErrors: FieldErrors): string {
  const problems = Object.entries(fieldErrors)
    .filter(([, problem]) => problem !== message)
    .map(([field, problem]) => `${field}: ${problem}`);
  return [message, ...problems].join("; ");
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
