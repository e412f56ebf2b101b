import { Fragment, type ReactNode } from "react";
import { appendAll } from "./append-all";
import { isSafeResourceUrl, normalizeHref } from "./links";
import type { Block, BodyDocument, ImageBlock, Inline, ListItem, RelatedArticleBlock } from "./schema";

/**
 * Renders a validated body document to React elements. Plain function, no
 * hooks: callable from Server Components. Text always goes through React's
 * escaping; nothing is injected as HTML. Styling comes from the page's
 * `.article-body` rules targeting these semantic elements.
 */

export type RenderContext = {
  /** Published articles the body links to, by id. Missing ids render nothing. */
  relatedArticles: ReadonlyMap<string, { headline: string; href: string }>;
  /** Stored images the body embeds, by media id. Missing ids render nothing. */
  media: ReadonlyMap<string, { src: string; srcSet?: string; width: number; height: number }>;
  /** `sizes` for inline images; defaults to the article column. */
  imageSizes?: string;
  /** Linked stories readers cannot follow yet: the newsroom's preview shows them, marked. */
  notYetPublished?: ReadonlySet<string>;
};

export const NOT_YET_PUBLISHED_MARK = "(not published yet)";

const DEFAULT_IMAGE_SIZES = "(min-width: 768px) 768px, 100vw";

export function renderBody(doc: BodyDocument, context: RenderContext): ReactNode {
  return renderBlocks(doc.content, context, "b");
}

// Keys are positional paths ("b3.1"): the document is static per render, so
// position is a stable identity.
function renderBlocks(blocks: readonly Block[], context: RenderContext, prefix: string): ReactNode[] {
  return blocks.map((block, index) => renderBlock(block, context, `${prefix}${index}`));
}

function renderBlock(block: Block, context: RenderContext, key: string): ReactNode {
  switch (block.type) {
    case "paragraph": {
      // Empty paragraphs are the editor's spacing habit, not content.
      if (!block.content?.length) return null;
      return <p key={key}>{renderInlines(block.content, key)}</p>;
    }
    case "heading": {
      // An empty heading is noise to screen readers (axe "empty-heading").
      if (!block.content?.length) return null;
      const Tag = `h${block.attrs.level}` as "h2" | "h3" | "h4";
      return <Tag key={key}>{renderInlines(block.content, key)}</Tag>;
    }
    case "blockquote":
      return <blockquote key={key}>{renderBlocks(block.content, context, `${key}.`)}</blockquote>;
    case "bulletList":
      return <ul key={key}>{renderItems(block.content, context, key)}</ul>;
    case "orderedList":
      return (
        <ol key={key} start={block.attrs?.start}>
          {renderItems(block.content, context, key)}
        </ol>
      );
    case "image":
      return renderImage(block, context, key);
    case "relatedArticle":
      return renderRelated(block, context, key);
  }
}

function renderItems(items: readonly ListItem[], context: RenderContext, key: string): ReactNode[] {
  return items.map((item, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: a rendered body never reorders; the position is the identity.
    <li key={`${key}.${index}`}>{renderBlocks(item.content, context, `${key}.${index}.`)}</li>
  ));
}

function renderImage(block: ImageBlock, context: RenderContext, key: string): ReactNode {
  const media = context.media.get(block.attrs.mediaId);
  if (!media || !isSafeResourceUrl(media.src)) return null;
  const { alt, caption, credit } = block.attrs;
  return (
    <figure key={key}>
      <img
        src={media.src}
        srcSet={media.srcSet || undefined}
        sizes={media.srcSet ? (context.imageSizes ?? DEFAULT_IMAGE_SIZES) : undefined}
        width={media.width}
        height={media.height}
        alt={alt}
        loading="lazy"
        decoding="async"
      />
      {(caption || credit) && (
        <figcaption>
          {caption}
          {caption && credit ? " " : null}
          {credit && (
            <span>
              <span className="sr-only">Image credit: </span>
              {credit}
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}

// No aria-label on purpose: a named <aside> becomes a landmark, and a story
// with two inline related links would then have duplicate landmarks (axe
// "landmark-unique"). The visible "Related article:" text names it.
function renderRelated(block: RelatedArticleBlock, context: RenderContext, key: string): ReactNode {
  const related = context.relatedArticles.get(block.attrs.articleId);
  if (!related || !isSafeResourceUrl(related.href)) return null;
  return (
    <aside key={key}>
      <p>
        <strong>Related article:</strong> <a href={related.href}>{related.headline}</a>
        {context.notYetPublished?.has(block.attrs.articleId) && ` ${NOT_YET_PUBLISHED_MARK}`}
      </p>
    </aside>
  );
}

/**
 * Marks are applied in a fixed order, link outermost, so bold+italic+link
 * always nests the same way; neighbouring text nodes sharing a mark share one
 * element (a link split by a bold word stays one <a>).
 */
const MARK_ORDER = ["link", "bold", "italic"] as const;
type MarkType = (typeof MARK_ORDER)[number];

function renderInlines(nodes: readonly Inline[], key: string): ReactNode[] {
  return renderRange(nodes, 0, nodes.length, 0, key);
}

function renderRange(nodes: readonly Inline[], start: number, end: number, level: number, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  const markType = MARK_ORDER[level];
  if (markType === undefined) {
    for (let i = start; i < end; i++) {
      const node = nodes[i];
      if (node) out.push(node.type === "text" ? node.text : <br key={`${key}-${i}`} />);
    }
    return out;
  }
  let i = start;
  while (i < end) {
    const group = groupOf(nodes[i], markType);
    let j = i + 1;
    while (j < end && groupOf(nodes[j], markType) === group) j++;
    const inner = renderRange(nodes, i, j, level + 1, key);
    // Keys use the absolute index of a group's first node, unique among siblings.
    if (group === null) appendAll(out, inner);
    else out.push(wrap(markType, group, inner, `${key}-${level}-${i}`));
    i = j;
  }
  return out;
}

/** The value nodes must share to be wrapped together: the href for links. */
function groupOf(node: Inline | undefined, type: MarkType): string | null {
  if (node?.type !== "text") return null;
  const mark = node.marks?.find((candidate) => candidate.type === type);
  if (!mark) return null;
  return mark.type === "link" ? `link:${mark.attrs.href}` : mark.type;
}

function wrap(type: MarkType, group: string, children: ReactNode[], key: string): ReactNode {
  if (type === "bold") return <strong key={key}>{children}</strong>;
  if (type === "italic") return <em key={key}>{children}</em>;
  // Checked again here: a document that skipped validation must still not
  // produce a javascript: link.
  const href = normalizeHref(group.slice("link:".length));
  if (href === null) return <Fragment key={key}>{children}</Fragment>;
  return (
    <a key={key} href={href} rel="noopener noreferrer">
      {children}
    </a>
  );
}
