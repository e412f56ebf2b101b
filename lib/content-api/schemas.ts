import { z } from "zod";
import { blockSchema, bodyDocumentSchema } from "@/lib/content/schema";
import { problemDetailsSchema } from "@/lib/http/problem";

/**
 * What the content API answers, as zod schemas: the routes build their
 * answers through these types, and the OpenAPI document
 * (/api/content/v1/openapi.json, lib/content-api/openapi.ts) is generated
 * from them. Each one registered here becomes a named component.
 */
export const apiSchemas = z.registry<{ id: string; description: string }>();

export const isoTime = z.iso.datetime({ offset: false }).meta({ description: "A time in UTC, ISO 8601." });
const absoluteUrl = z.url().meta({ description: "An absolute URL." });

apiSchemas.add(blockSchema, {
  id: "Block",
  description: "One block of a body: a paragraph, heading, quote, list, image or related-article link.",
});

export const bodyDocument = bodyDocumentSchema;
apiSchemas.add(bodyDocument, {
  id: "BodyDocument",
  description:
    "The story's body as Byline stores it: a document of blocks (paragraphs, headings, quotes, lists, images, related-article links) holding text with marks.",
});

export const sectionRef = z.object({ slug: z.string(), name: z.string() });
apiSchemas.add(sectionRef, { id: "SectionRef", description: "The section a story is filed in." });

export const tagRef = z.object({ slug: z.string(), name: z.string() });
apiSchemas.add(tagRef, { id: "TagRef", description: "A tag on a story." });

export const byline = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(["staff", "agency"]),
  url: absoluteUrl.meta({ description: "The byline's page on the site." }),
});
apiSchemas.add(byline, { id: "Byline", description: "A person or agency credited on a story, in byline order." });

export const image = z.object({
  url: absoluteUrl,
  width: z.int().positive(),
  height: z.int().positive(),
  alt: z.string(),
  caption: z.string(),
  credit: z.string(),
});
apiSchemas.add(image, { id: "Image", description: "A story's hero image with its caption and credit." });

export const relatedStory = z.object({ slug: z.string(), headline: z.string(), url: absoluteUrl });
apiSchemas.add(relatedStory, {
  id: "RelatedStory",
  description: "A story hand-picked as related, in the editor's order.",
});

export const correction = z.object({ text: z.string(), corrected_at: isoTime });
apiSchemas.add(correction, { id: "Correction", description: "A correction to the story, oldest first." });

export const story = z.object({
  id: z.string(),
  slug: z.string(),
  url: absoluteUrl,
  headline: z.string(),
  dek: z.string(),
  dateline: z.string(),
  published_at: isoTime,
  first_published_at: isoTime,
  updated_at: isoTime,
  section: sectionRef.nullable(),
  bylines: z.array(byline),
  tags: z.array(tagRef),
  hero_image: image.nullable(),
  source: z.object({ name: z.string(), url: absoluteUrl.nullable() }),
  related: z.array(relatedStory),
  corrections: z.array(correction),
  body: bodyDocument,
  body_html: z.string().meta({
    description: "The body as HTML, built from the document: text escaped, links and images only to safe addresses.",
  }),
});
apiSchemas.add(story, { id: "Story", description: "A published story, as readers see it." });

const nextCursor = z
  .string()
  .nullable()
  .meta({ description: "Pass as `cursor` for the next page; null on the last page." });

export const storyList = z.object({ data: z.array(story), next_cursor: nextCursor });
apiSchemas.add(storyList, { id: "StoryList", description: "Published stories, newest first." });

export const storyItem = z.object({ data: story });
apiSchemas.add(storyItem, { id: "StoryItem", description: "One published story." });

export const section = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  url: absoluteUrl,
});
apiSchemas.add(section, { id: "Section", description: "A section of the site." });

export const sectionList = z.object({ data: z.array(section), next_cursor: nextCursor });
apiSchemas.add(sectionList, { id: "SectionList", description: "Sections, by name." });

export const tag = z.object({ slug: z.string(), name: z.string(), url: absoluteUrl });
apiSchemas.add(tag, { id: "Tag", description: "A tag." });

export const tagList = z.object({ data: z.array(tag), next_cursor: nextCursor });
apiSchemas.add(tagList, { id: "TagList", description: "Tags, by slug." });

export const author = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(["staff", "agency"]),
  job_title: z.string(),
  bio: z.string(),
  url: absoluteUrl,
});
apiSchemas.add(author, { id: "Author", description: "A byline: a staff journalist or an agency." });

export const authorList = z.object({ data: z.array(author), next_cursor: nextCursor });
apiSchemas.add(authorList, { id: "AuthorList", description: "Bylines, by slug." });

apiSchemas.add(problemDetailsSchema, { id: "Problem", description: "An error, as RFC 9457 problem details." });

export type Story = z.infer<typeof story>;
export type Section = z.infer<typeof section>;
export type Tag = z.infer<typeof tag>;
export type Author = z.infer<typeof author>;
