import { FIELD_LIMITS } from "@/lib/articles/schema";
import { slugFromHeadline } from "@/lib/articles/slug";
import { can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { PROFILE_LIMITS } from "@/lib/authors/schema";
import { createStaffByline } from "@/lib/authors/staff";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createSection } from "@/lib/sections/admin";
import { SECTION_NAME_MAX_LENGTH } from "@/lib/sections/schema";
import { findTaxonomyTarget } from "@/lib/taxonomy/redirects";
import type { SourceAuthor, SourcePost } from "./source";

export type Byline = { kind: "author"; id: string; name: string };

/**
 * A post's section and bylines: those Byline has, and those it would have to
 * add, which stand in under a placeholder id (`STAND_IN`) until `make` adds them.
 */
export type Filing = {
  sectionId: string | null;
  bylines: Byline[];
  newSection: string | null;
  newAuthors: (NewAuthor & { standIn: string })[];
  notes: string[];
};

type NewAuthor = { slug: string; name: string; bio: string };

export type Made = { ok: true; sectionId: string | null; bylines: Byline[] } | { ok: false; message: string };

/** Where a section or byline still to be made stands in a story's fields, for checking them before anything is made. */
export const STAND_IN = "import-stand-in";

/**
 * The sections and staff bylines an import files its stories under: found by
 * name or slug (so a re-run finds what the first run made), else made, once
 * each, through the admin's own audited functions. They are made only for a
 * post already checked to be saveable (run.ts), so a post refused for its
 * content leaves no section or byline behind. In a dry run nothing is made:
 * what would be is listed, under a stand-in id.
 */
export class ImportTaxonomy {
  /** What was made (or, in a dry run, would be): the report's "Added". */
  readonly created: { sections: string[]; authors: string[] } = { sections: [], authors: [] };
  private readonly sections = new Map<string, string>();
  private readonly authors = new Map<string, Byline>();

  private constructor(
    private readonly client: PrismaClient,
    private readonly actor: SessionUser,
    private readonly dryRun: boolean,
  ) {}

  /** Loads the existing sections once: a newsroom has a few dozen. */
  static async load(client: PrismaClient, actor: SessionUser, dryRun: boolean): Promise<ImportTaxonomy> {
    const taxonomy = new ImportTaxonomy(client, actor, dryRun);
    for (const section of await client.section.findMany({ select: { id: true, name: true, slug: true } })) {
      taxonomy.sections.set(sectionKey(section.name), section.id);
      taxonomy.sections.set(section.slug, section.id);
    }
    return taxonomy;
  }

  get changed(): boolean {
    return this.created.sections.length > 0 || this.created.authors.length > 0;
  }

  /** Looks up the post's section and authors; makes nothing. */
  async find(post: Pick<SourcePost, "section" | "authors">): Promise<Filing> {
    const filing: Filing = { sectionId: null, bylines: [], newSection: null, newAuthors: [], notes: [] };
    if (post.section) {
      const name = post.section.trim().slice(0, SECTION_NAME_MAX_LENGTH);
      const known = this.sections.get(sectionKey(name)) ?? this.sections.get(slugFromHeadline(name));
      filing.sectionId = known ?? STAND_IN;
      if (!known) filing.newSection = name;
    }
    for (const author of post.authors) {
      const wanted = bylineWanted(author);
      if (!wanted) {
        filing.notes.push("an author with neither a name nor a slug in the file: left out");
        continue;
      }
      const known = this.authors.get(wanted.slug) ?? (await this.findAuthor(wanted.slug));
      if (known) {
        this.authors.set(wanted.slug, known);
        filing.bylines.push(known);
        continue;
      }
      let fresh = filing.newAuthors.find((other) => other.slug === wanted.slug);
      if (!fresh) {
        fresh = { ...wanted, standIn: `${STAND_IN}-${filing.newAuthors.length + 1}` };
        filing.newAuthors.push(fresh);
      }
      filing.bylines.push({ kind: "author", id: fresh.standIn, name: fresh.name });
    }
    return filing;
  }

  /**
   * Makes what the filing lacks, each in its own audited transaction, and
   * gives the real ids. Adding sections and bylines is the policy's
   * "taxonomy.manage": without it, nothing is made and the post is refused.
   */
  async make(filing: Filing): Promise<Made> {
    if (!filing.newSection && filing.newAuthors.length === 0)
      return { ok: true, sectionId: filing.sectionId, bylines: filing.bylines };
    if (!can(this.actor, "taxonomy.manage", null))
      return {
        ok: false,
        message: `it needs a section or byline Byline does not have, and ${this.actor.email} may not add them (an editor may)`,
      };
    const sectionId = filing.newSection ? await this.makeSection(filing.newSection) : filing.sectionId;
    const made = new Map<string, Byline>();
    for (const author of filing.newAuthors) made.set(author.standIn, await this.makeByline(author));
    return { ok: true, sectionId, bylines: filing.bylines.map((byline) => made.get(byline.id) ?? byline) };
  }

  /** A new section goes at the end of the navigation, as the admin page adds it. */
  private async makeSection(name: string): Promise<string> {
    let id = `dry-run-section-${this.created.sections.length + 1}`;
    if (!this.dryRun) {
      const result = await createSection(this.client, { name, description: "" }, context(this.actor));
      if (!result.ok) throw new Error(`The section "${name}" could not be made: ${result.message}`);
      id = result.sectionId;
    }
    this.created.sections.push(name);
    this.sections.set(sectionKey(name), id);
    return id;
  }

  /** A staff byline without an account; the old site's slug is kept when free. */
  private async makeByline(author: NewAuthor): Promise<Byline> {
    let id = `dry-run-author-${this.created.authors.length + 1}`;
    if (!this.dryRun) {
      const { slug, name, bio } = author;
      const result = await createStaffByline(this.client, { slug, name, bio }, context(this.actor));
      if (!result.ok) throw new Error(`The byline "${author.name}" could not be made: ${result.message}`);
      id = result.authorId;
    }
    const byline: Byline = { kind: "author", id, name: author.name };
    this.created.authors.push(author.name);
    this.authors.set(author.slug, byline);
    return byline;
  }

  /** By the slug the old site gave the author, or a former slug of a byline since renamed or merged. */
  private async findAuthor(slug: string): Promise<Byline | null> {
    const select = { id: true, name: true } as const;
    const author =
      (await this.client.author.findUnique({ where: { slug }, select })) ?? (await this.findMergedAuthor(slug, select));
    return author ? { kind: "author", id: author.id, name: author.name } : null;
  }

  private async findMergedAuthor(slug: string, select: { id: true; name: true }) {
    const targetId = await findTaxonomyTarget(this.client, "AUTHOR", slug);
    return targetId ? this.client.author.findUnique({ where: { id: targetId }, select }) : null;
  }
}

/** The byline an author of the old site becomes, within a byline's limits; null for one with nothing to call it. */
function bylineWanted(author: SourceAuthor): NewAuthor | null {
  const name = (author.name.trim() || author.slug.trim()).slice(0, FIELD_LIMITS.authorName);
  if (!name) return null;
  return { slug: slugFromHeadline(author.slug || name), name, bio: author.bio.trim().slice(0, PROFILE_LIMITS.bio) };
}

const context = (actor: SessionUser) => ({ actor, ip: "command line" });

function sectionKey(name: string): string {
  return `name:${name.toLowerCase()}`;
}
