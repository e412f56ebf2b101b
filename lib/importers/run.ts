import "server-only";
import { type EditorStory, getEditorStory, newStoryValues } from "@/lib/articles/editor-queries";
import { lockRefusal } from "@/lib/articles/locks";
import { instantToNewsroomTime } from "@/lib/articles/publication-time";
import { saveArticle } from "@/lib/articles/save";
import { type ArticleFormValues, articleFieldsSchema, fieldErrorsOf, refusalLines } from "@/lib/articles/schema";
import { checkTransition, type SaveAction } from "@/lib/articles/workflow";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { deleteMedia } from "@/lib/media/library";
import { newsroomTimeZone } from "@/lib/settings/queries";
import { convertContent } from "./content";
import { locateHeroFile, uploadHeroImage } from "./hero-image";
import { Notes } from "./notes";
import { importSourceOf } from "./provenance";
import { decidePublication, type WorkflowStep, workflowStep } from "./publication";
import { countOutcome, emptyTally, type ImportReport, type PostOutcome, type Tally } from "./report";
import { SlugPlanner } from "./slugs";
import type { SourceExport, SourceImage, SourcePost } from "./source";
import { storyFields } from "./story-fields";
import { ImportTaxonomy, STAND_IN } from "./taxonomy";

export type ImportOptions = {
  /** Update the stories an earlier import made from the same posts, instead of skipping them. */
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
 * next one goes on. Each story records the post it came from (provenance.ts):
 * a re-run updates only the story a post made, never one that shares its slug.
 */
export async function runImport(
  client: PrismaClient,
  actor: SessionUser,
  source: SourceExport,
  options: ImportOptions,
): Promise<ImportReport> {
  const run = await prepare(client, actor, source, options);
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
  /** The site the file is from, for each story's provenance. */
  site: string;
  update: boolean;
  dryRun: boolean;
  mediaDir: string | null;
  now: Date;
  zone: string;
  /** Every story's slug, id and provenance, read once: a file of thousands of posts asks no question per post. */
  stories: Map<string, { id: string; importSource: string | null }>;
  /** Provenance → the story that post made. */
  imported: Map<string, string>;
  /** Old addresses of stories since renamed, with the provenance of the story each leads to. */
  formerSlugs: Map<string, string | null>;
  slugs: SlugPlanner;
  taxonomy: ImportTaxonomy;
  /** A blank story: the file, not the importer, says who wrote it. */
  blank: ArticleFormValues;
};

async function prepare(
  client: PrismaClient,
  actor: SessionUser,
  source: SourceExport,
  options: ImportOptions,
): Promise<Run> {
  const dryRun = options.dryRun ?? false;
  const [stories, redirects] = await Promise.all([
    client.article.findMany({ select: { id: true, slug: true, importSource: true } }),
    client.slugRedirect.findMany({ select: { slug: true, article: { select: { importSource: true } } } }),
  ]);
  return {
    client,
    actor,
    origin: options.origin,
    site: source.site,
    update: options.update ?? false,
    dryRun,
    mediaDir: options.mediaDir ?? null,
    now: options.now ?? new Date(),
    zone: await newsroomTimeZone(client),
    stories: new Map(stories.map(({ slug, ...story }) => [slug, story])),
    imported: new Map(stories.flatMap((story) => (story.importSource ? [[story.importSource, story.id]] : []))),
    formerSlugs: new Map(redirects.map((redirect) => [redirect.slug, redirect.article.importSource])),
    slugs: new SlugPlanner(),
    taxonomy: await ImportTaxonomy.load(client, actor, dryRun),
    blank: { ...(await newStoryValues(actor, client)), bylines: [] },
  };
}

/** Why a post may not have the story that holds its slug: that story was not made from it. */
const SLUG_HELD = {
  newsroom:
    "its slug belongs to a Byline story not imported from it (written in Byline, or imported before Byline kept where stories came from): left alone, even with --update",
  import: "its slug belongs to a Byline story imported from another post or site: left alone, even with --update",
};

async function importPost(post: SourcePost, run: Run, report: ImportReport): Promise<PostOutcome> {
  const { sourceId, title } = post;
  const skipped = (reason: string): PostOutcome => ({ kind: "skipped", sourceId, title, reason });
  const failed = (reason: string): PostOutcome => ({ kind: "failed", sourceId, title, reason });
  if (!title.trim()) return skipped("it has no title");

  const notes = new Notes();
  notes.addAll(post.notes);
  const importSource = importSourceOf(run.origin.platform, run.site, post.sourceId);
  const planned = await run.slugs.plan(post, (slug) => heldElsewhere(run, slug, importSource));
  notes.addAll(planned.notes);
  // The story this post made on an earlier run, whatever its slug is now; only that one is ever updated.
  const ownId = run.imported.get(importSource);
  if (ownId && !run.update) return skipped("already on Byline (run again with --update to update it)");
  if (!ownId) {
    const holder = run.stories.get(planned.slug);
    if (holder) return skipped(holder.importSource ? SLUG_HELD.import : SLUG_HELD.newsroom);
    if (run.formerSlugs.has(planned.slug)) return skipped("its slug is a former address of another Byline story");
  }

  const content = convertContent(post.content);
  if (!content.ok) return failed(content.message);
  notes.addAll(content.notes);
  const current = ownId ? await getEditorStory(ownId, run.now, run.client, run.zone) : null;
  if (ownId && !current) return failed("the story imported from it was deleted during the import");
  // A story renamed in the newsroom keeps its new slug: its old one already leads there.
  const slug = current?.values.slug ?? planned.slug;
  if (slug !== planned.slug) notes.add(`renamed on Byline to "${slug}": the update keeps that slug`);
  const publication = decidePublication(post, run.now);
  notes.addAll(publication.notes);
  const step = workflowStep(
    publication,
    current ? { status: current.status, publishedAt: current.workflow.publishedAt } : null,
  );
  if (step.note) notes.add(step.note);

  // Checked with stand-ins for what is still to be made, so a post Byline would refuse makes nothing.
  const filing = await run.taxonomy.find(post);
  notes.addAll(filing.notes);
  const hero = await locateHero(post, current, run, notes);
  const base = {
    post,
    slug,
    body: content.doc,
    publishAt: step.at ? instantToNewsroomTime(step.at, run.zone) : "",
    base: current?.values ?? run.blank,
  };
  const draft = storyFields({
    ...base,
    sectionId: filing.sectionId,
    bylines: filing.bylines,
    hero: hero && { mediaId: STAND_IN, image: hero.image },
  });
  const checked = articleFieldsSchema.safeParse(draft.fields);
  if (!checked.success)
    return failed(refusalLines("the story would be refused", fieldErrorsOf(checked.error)).join("; "));
  const denied = await refusedAction(run, current, step.action);
  if (denied) return failed(denied);
  const made = await run.taxonomy.make(filing);
  if (!made.ok) return failed(made.message);

  if (run.dryRun) {
    notes.addAll(draft.notes);
    return succeeded(
      report,
      notes,
      post,
      { slug: checked.data.slug, status: statusAfter(step.action, current) },
      current,
    );
  }
  const heroId = hero && (await uploadHero(hero, run, notes));
  const { fields, notes: fieldNotes } = storyFields({
    ...base,
    sectionId: made.sectionId,
    bylines: made.bylines,
    hero: hero && heroId ? { mediaId: heroId, image: hero.image } : null,
  });
  notes.addAll(fieldNotes);
  let outcome: Saved;
  try {
    outcome = await save(run, fields, step, current, post, importSource);
  } catch (error) {
    if (heroId) await discardHero(run, heroId);
    throw error;
  }
  if (!outcome.ok) {
    if (heroId) await discardHero(run, heroId);
    return failed(outcome.message);
  }
  run.stories.set(outcome.slug, { id: outcome.id, importSource });
  run.imported.set(importSource, outcome.id);
  report.revalidate.articleIds.push(...outcome.revalidate);
  return succeeded(report, notes, post, outcome, current);
}

/** A slug held on Byline by a story this post did not make: the numbered slugs the planner makes up pass over it. */
function heldElsewhere(run: Run, slug: string, importSource: string): boolean {
  const holder = run.stories.get(slug);
  if (holder) return holder.importSource !== importSource;
  return run.formerSlugs.has(slug) && run.formerSlugs.get(slug) !== importSource;
}

/** An imported or updated story, with what it lost or had changed on the way in. */
function succeeded(
  report: ImportReport,
  notes: Notes,
  { sourceId, title }: SourcePost,
  story: { slug: string; status: ArticleStatus },
  current: EditorStory | null,
): PostOutcome {
  const lines = notes.list();
  if (lines.length) report.notes.push({ sourceId, title, slug: story.slug, notes: lines });
  return { kind: current ? "updated" : "imported", sourceId, title, slug: story.slug, status: story.status };
}

/**
 * What the save would refuse the actor, asked before anything is made for the
 * post: the workflow's permission for the button, and another person's lock on
 * a story being updated. The save asks again in its transaction.
 */
async function refusedAction(run: Run, current: EditorStory | null, action: SaveAction): Promise<string | null> {
  if (!current && !can(run.actor, "article.create", null)) return "you may not create stories";
  const story = current?.workflow ?? { status: "DRAFT" as const, createdById: run.actor.id, publishedAt: null };
  const transition = checkTransition(run.actor, story, action, run.now);
  if (!transition.ok) return transition.message;
  return current ? lockRefusal(run.client, current.id, run.actor.id, run.now) : null;
}

type Hero = { image: SourceImage; mediaDir: string };

/** The featured image's file: taken only for a story that has none yet, so a re-run does not upload it again. */
async function locateHero(post: SourcePost, current: EditorStory | null, run: Run, notes: Notes): Promise<Hero | null> {
  const image = post.hero;
  if (!image || current?.values.heroMediaId) return null;
  if (!run.mediaDir) {
    notes.add("featured image not imported: give --media-dir with the old site's media folder", image.url);
    return null;
  }
  const located = await locateHeroFile(image, run.mediaDir);
  if (located.ok) return { image, mediaDir: run.mediaDir };
  notes.add(located.note);
  return null;
}

/** Into the media library, last of what is made for a post, just before its save. */
async function uploadHero({ image, mediaDir }: Hero, run: Run, notes: Notes): Promise<string | null> {
  const uploaded = await uploadHeroImage(run.client, run.actor, image, mediaDir);
  if (uploaded.ok) return uploaded.mediaId;
  notes.add(uploaded.note);
  return null;
}

/** A failed post's image is no one's: it goes again, through the library's own audited delete. */
async function discardHero(run: Run, mediaId: string): Promise<void> {
  await deleteMedia(run.client, { mediaId }, { actor: run.actor, ip: "command line" });
}

type Saved =
  | { ok: true; id: string; slug: string; status: ArticleStatus; revalidate: string[] }
  | { ok: false; message: string };

async function save(
  run: Run,
  fields: ArticleFormValues,
  step: WorkflowStep,
  current: EditorStory | null,
  post: SourcePost,
  importSource: string,
): Promise<Saved> {
  const outcome = await saveArticle(
    run.client,
    run.actor,
    { articleId: current?.id ?? null, baseVersion: current?.version ?? null, action: step.action, fields },
    {
      now: run.now,
      // The post's own instant, to the millisecond, even in the hour repeated when clocks go back.
      publishInstant: step.at ?? undefined,
      onSaved: async (tx, story) => {
        await keepProvenance(tx, story.id, current ? null : importSource);
        await recordAudit(tx, {
          action: current ? "article.import_update" : "article.import",
          actor: run.actor,
          targetType: "article",
          targetId: story.id,
          details: {
            slug: story.slug,
            origin: run.origin.file,
            platform: run.origin.platform,
            sourceId: post.sourceId,
            importSource,
          },
          ip: "command line",
        });
      },
    },
  );
  if (!outcome.ok)
    return {
      ok: false,
      message: refusalLines(outcome.message, "fieldErrors" in outcome ? outcome.fieldErrors : {}).join("; "),
    };
  return {
    ok: true,
    id: outcome.story.id,
    slug: outcome.story.slug,
    status: outcome.story.status,
    revalidate: outcome.revalidate.articleIds,
  };
}

/** In the save's transaction: a new story records the post it came from. */
async function keepProvenance(tx: Prisma.TransactionClient, id: string, importSource: string | null): Promise<void> {
  if (importSource) await tx.article.update({ where: { id }, data: { importSource } });
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
