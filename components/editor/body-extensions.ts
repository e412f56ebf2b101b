import { Extension, mergeAttributes, Node } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { isSafeHref } from "@/lib/content/links";

/**
 * The Tiptap schema of the story body: exactly the nodes and marks of the
 * stored format (lib/content/schema.ts), no more. Display-only attributes
 * (an image's src, a related story's headline) travel with the nodes while
 * editing; the body schema drops them when the story is saved.
 */

/** Keyboard shortcuts, shared by the editor and the toolbar's labels. */
export const SHORTCUTS = {
  bold: "Mod-b",
  italic: "Mod-i",
  link: "Mod-k",
  heading: "Mod-Alt-2",
  subheading: "Mod-Alt-3",
  quote: "Mod-Shift-b",
  bulletList: "Mod-Shift-8",
  orderedList: "Mod-Shift-7",
  image: "Mod-Alt-g",
  related: "Mod-Alt-r",
} as const;

export type DialogOpeners = { openLink: () => void; openImage: () => void; openRelated: () => void };

/**
 * An attribute kept in a data-* attribute of the node's DOM: ProseMirror
 * rebuilds nodes from their DOM when it is copied, dragged or touched by the
 * browser, so the DOM must carry every attribute ("articleId" → data-article-id).
 */
const dataAttribute = (attribute: string, fallback: string) => {
  const name = `data-${attribute.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
  return {
    default: fallback,
    parseHTML: (element: HTMLElement) => element.getAttribute(name) ?? fallback,
    renderHTML: (attributes: Record<string, unknown>) => ({ [name]: String(attributes[attribute] ?? fallback) }),
  };
};

const BodyImage = Node.create({
  name: "image",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      mediaId: dataAttribute("mediaId", ""),
      alt: dataAttribute("alt", ""),
      caption: dataAttribute("caption", ""),
      credit: dataAttribute("credit", ""),
      src: dataAttribute("src", ""),
    };
  },
  parseHTML() {
    // Only our own figures: pasted <img> from elsewhere has no stored media behind it.
    return [{ tag: "figure[data-media-id]" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const { src, alt, caption, credit } = node.attrs as Record<string, string>;
    const figcaption = [caption, credit].filter(Boolean).join(" · ");
    return [
      "figure",
      mergeAttributes(HTMLAttributes, { class: "my-4 rounded border border-neutral-300 p-2 dark:border-neutral-700" }),
      ["img", { src, alt, class: "h-auto max-w-full" }],
      ["figcaption", { class: "mt-1 text-sm" }, figcaption || "(no caption)"],
    ];
  },
});

const RelatedArticle = Node.create({
  name: "relatedArticle",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      articleId: dataAttribute("articleId", ""),
      headline: dataAttribute("headline", ""),
      live: {
        default: true,
        parseHTML: (element: HTMLElement) => element.getAttribute("data-live") !== "false",
        renderHTML: (attributes: Record<string, unknown>) => ({ "data-live": String(attributes.live !== false) }),
      },
    };
  },
  parseHTML() {
    return [{ tag: "aside[data-article-id]" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const { headline, live } = node.attrs as { headline: string; live: boolean };
    return [
      "aside",
      mergeAttributes(HTMLAttributes, {
        class: "my-4 border-y border-neutral-300 py-2 font-sans text-base dark:border-neutral-700",
      }),
      [
        "p",
        {},
        ["strong", {}, "Related article:"],
        ` ${headline}${live ? "" : " (not published yet: readers will not see this link until it is)"}`,
      ],
    ];
  },
});

const DialogShortcuts = Extension.create<DialogOpeners>({
  name: "dialogShortcuts",
  addOptions() {
    return { openLink: () => {}, openImage: () => {}, openRelated: () => {} };
  },
  addKeyboardShortcuts() {
    const open = (opener: () => void) => () => {
      opener();
      return true;
    };
    return {
      [SHORTCUTS.link]: open(this.options.openLink),
      [SHORTCUTS.image]: open(this.options.openImage),
      [SHORTCUTS.related]: open(this.options.openRelated),
    };
  },
});

export function bodyExtensions(openers: DialogOpeners) {
  return [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      heading: { levels: [2, 3, 4] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        protocols: ["mailto"],
        isAllowedUri: (url) => isSafeHref(url),
        HTMLAttributes: { rel: "noopener noreferrer", target: null },
      },
    }),
    BodyImage,
    RelatedArticle,
    DialogShortcuts.configure(openers),
  ];
}
