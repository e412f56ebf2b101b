import { escapeHtml } from "./escape-html";
import type { Notes } from "./notes";

/**
 * WordPress shortcodes ("[caption]…[/caption]", "[gallery ids=…]") in a post's
 * content, turned into HTML the converter understands or noted and removed.
 * Only what WordPress would run counts as a shortcode: a name it ships, or a
 * tag with attributes, a "/]" or a closing tag of its own. "[sic]" or "[1]"
 * in a sentence stay as the writer typed them.
 */

type Tag = {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  /** The index of the matching opening or closing tag. */
  partner: number | null;
  raw: string;
};

// Sticky, and the attributes stop at the next bracket: each "[" is looked at once.
const TAG = /\[(\/)?([A-Za-z][\w-]*)((?:[\s/][^[\]]*)?)\]/y;

const MEDIA = new Set(["gallery", "video", "audio", "playlist"]);
const KNOWN = new Set(["caption", "wp_caption", "embed", ...MEDIA]);

/** The content with its shortcodes expanded or removed; each one is noted. */
export function expandShortcodes(content: string, notes: Notes): string {
  const tags = findTags(content);
  let out = "";
  let position = 0;
  for (const tag of tags) {
    // Inside a shortcode taken whole (a caption, an embed).
    if (tag.start < position) continue;
    const partner = tag.partner === null ? null : (tags[tag.partner] ?? null);
    if (!tag.closing && !isShortcode(tag, partner)) continue;
    out += content.slice(position, tag.start);
    position = tag.end;
    if (tag.closing) {
      // A closing tag is never prose; one whose opening tag was handled goes quietly.
      if (!partner) notes.add(`[/${tag.name}] closes a shortcode never opened: left out`, tag.raw);
    } else if (KNOWN.has(tag.name)) {
      if (partner) position = partner.end;
      out += expandKnown(tag, partner ? content.slice(tag.end, partner.start) : "", notes);
    } else {
      notes.add(
        partner
          ? `[${tag.name}] shortcode is not known: its tags left out, what it enclosed kept`
          : `[${tag.name}] shortcode is not known: left out`,
        tag.raw,
      );
    }
  }
  return out + content.slice(position);
}

/** Every tag-like "[name …]" and "[/name]", opening and closing tags paired by name. */
function findTags(content: string): Tag[] {
  const tags: Tag[] = [];
  const open = new Map<string, number[]>();
  for (let at = content.indexOf("["); at !== -1; at = content.indexOf("[", at + 1)) {
    TAG.lastIndex = at;
    const match = TAG.exec(content);
    if (!match) continue;
    const [raw, slash, name = ""] = match;
    // "[[gallery]]" is WordPress's way of writing a shortcode as text.
    if (content[at - 1] === "[" && content[at + raw.length] === "]") continue;
    const index = tags.push({ start: at, end: at + raw.length, name, closing: slash === "/", partner: null, raw }) - 1;
    const opened = open.get(name) ?? [];
    open.set(name, opened);
    if (slash !== "/") {
      opened.push(index);
      continue;
    }
    const opener = opened.pop();
    if (opener === undefined) continue;
    (tags[opener] as Tag).partner = index;
    (tags[index] as Tag).partner = opener;
  }
  return tags;
}

function isShortcode(tag: Tag, partner: Tag | null): boolean {
  if (KNOWN.has(tag.name) || partner) return true;
  const attributes = tag.raw.slice(tag.name.length + 1, -1);
  return attributes.includes("=") || attributes.trimEnd().endsWith("/");
}

function expandKnown(tag: Tag, inner: string, notes: Notes): string {
  if (tag.name === "caption" || tag.name === "wp_caption") return captionFigure(tag.raw, inner);
  if (tag.name === "embed") {
    const url = inner.trim();
    notes.add("[embed] kept as a link to what it showed", url || tag.raw);
    return url ? `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>` : "";
  }
  notes.add(`[${tag.name}] left out: galleries, video and audio are not kept`, tag.raw);
  return "";
}

// The image (maybe inside its link) comes first; the words after it are the caption.
const CAPTIONED_IMAGE = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i;
const CAPTION_ATTRIBUTE = /\bcaption="([^"]*)"/;

/** [caption]<img …> Words[/caption] is a figure: the converter notes the image with its caption. */
function captionFigure(raw: string, inner: string): string {
  const match = CAPTIONED_IMAGE.exec(inner);
  const image = match?.[1] ?? inner;
  const caption = match?.[2]?.trim() || CAPTION_ATTRIBUTE.exec(raw)?.[1] || "";
  return `<figure>${image}<figcaption>${caption}</figcaption></figure>`;
}
