import { FIELD_LIMITS } from "@/lib/articles/schema";
import { slugFromHeadline } from "@/lib/articles/slug";
import type { SessionUser } from "@/lib/auth/session-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createSection } from "@/lib/sections/admin";
import { SECTION_NAME_MAX_LENGTH } from "@/lib/sections/schema";
import { findTaxonomyTarget, freeTaxonomySlug } from "@/lib/taxonomy/redirects";
import type { SourceAuthor } from "./source";

export type Byline = { kind: "author"; id: string; name: string };

/**
 * The sections and staff bylines an import files its stories under: found by
 * name or slug (so a re-run finds what the first run made), else made, once
 * each. In a dry run nothing is made: what would be is listed, under a
 * stand-in id.
 */
export class ImportTaxonomy {
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

  /** The section of that name (a new one goes at the end of the navigation, as the admin page adds it). */
  async sectionId(name: string): Promise<string> {
    const clipped = name.trim().slice(0, SECTION_NAME_MAX_LENGTH);
    const known = this.sections.get(sectionKey(clipped)) ?? this.sections.get(slugFromHeadline(clipped));
    if (known) return known;
    let id = `dry-run-section-${this.created.sections.length + 1}`;
    if (!this.dryRun) {
      const result = await createSection(
        this.client,
        { name: clipped, description: "" },
        { actor: this.actor, ip: "command line" },
      );
      if (!result.ok) throw new Error(`The section "${clipped}" could not be made: ${result.message}`);
      id = result.sectionId;
    }
    this.created.sections.push(clipped);
    this.sections.set(sectionKey(clipped), id);
    return id;
  }

  /**
   * Staff bylines without an account, matched by the slug the old site gave
   * the author (or a former slug of a byline since renamed).
   */
  async byline(author: SourceAuthor): Promise<Byline> {
    const name = author.name.trim().slice(0, FIELD_LIMITS.authorName) || author.slug;
    const slug = slugFromHeadline(author.slug || name);
    const known = this.authors.get(slug) ?? (await this.findAuthor(slug));
    if (known) {
      this.authors.set(slug, known);
      return known;
    }
    let id = `dry-run-author-${this.created.authors.length + 1}`;
    if (!this.dryRun) {
      const created = await this.client.author.create({
        data: { name, slug: await freeTaxonomySlug(this.client, "AUTHOR", slug), bio: author.bio, kind: "STAFF" },
        select: { id: true },
      });
      id = created.id;
    }
    const byline: Byline = { kind: "author", id, name };
    this.created.authors.push(name);
    this.authors.set(slug, byline);
    return byline;
  }

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

function sectionKey(name: string): string {
  return `name:${name.toLowerCase()}`;
}
