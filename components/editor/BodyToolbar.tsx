"use client";

import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { type DialogOpeners, SHORTCUTS } from "@/components/editor/body-extensions";

/** "Mod-Shift-b" → aria-keyshortcuts "Control+Shift+B Meta+Shift+B" and a readable "Ctrl+Shift+B". */
function describe(shortcut: string): { aria: string; text: string } {
  const keys = shortcut.split("-").map((key) => (key.length === 1 ? key.toUpperCase() : key));
  const withMod = (mod: string) => keys.map((key) => (key === "Mod" ? mod : key)).join("+");
  return { aria: `${withMod("Control")} ${withMod("Meta")}`, text: withMod("Ctrl") };
}

type Tool = { label: string; shortcut: string; run: () => void; active?: boolean };

/** The formatting toolbar: one button per tool, each named, with its keyboard shortcut. */
export function BodyToolbar({ editor, openers }: { editor: Editor; openers: DialogOpeners }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
      link: current.isActive("link"),
      heading: current.isActive("heading", { level: 2 }),
      subheading: current.isActive("heading", { level: 3 }),
      quote: current.isActive("blockquote"),
      bulletList: current.isActive("bulletList"),
      orderedList: current.isActive("orderedList"),
    }),
  });
  const chain = () => editor.chain().focus();
  const tools: Tool[] = [
    { label: "Bold", shortcut: SHORTCUTS.bold, run: () => chain().toggleBold().run(), active: active.bold },
    { label: "Italic", shortcut: SHORTCUTS.italic, run: () => chain().toggleItalic().run(), active: active.italic },
    { label: "Link", shortcut: SHORTCUTS.link, run: openers.openLink, active: active.link },
    {
      label: "Heading",
      shortcut: SHORTCUTS.heading,
      run: () => chain().toggleHeading({ level: 2 }).run(),
      active: active.heading,
    },
    {
      label: "Subheading",
      shortcut: SHORTCUTS.subheading,
      run: () => chain().toggleHeading({ level: 3 }).run(),
      active: active.subheading,
    },
    { label: "Quote", shortcut: SHORTCUTS.quote, run: () => chain().toggleBlockquote().run(), active: active.quote },
    {
      label: "Bulleted list",
      shortcut: SHORTCUTS.bulletList,
      run: () => chain().toggleBulletList().run(),
      active: active.bulletList,
    },
    {
      label: "Numbered list",
      shortcut: SHORTCUTS.orderedList,
      run: () => chain().toggleOrderedList().run(),
      active: active.orderedList,
    },
    { label: "Image", shortcut: SHORTCUTS.image, run: openers.openImage },
    { label: "Related article", shortcut: SHORTCUTS.related, run: openers.openRelated },
  ];
  return (
    <div
      role="toolbar"
      aria-label="Formatting"
      className="flex flex-wrap gap-1 border-b border-neutral-300 p-1 dark:border-neutral-700"
    >
      {tools.map((tool) => {
        const keys = describe(tool.shortcut);
        return (
          <button
            key={tool.label}
            type="button"
            onClick={tool.run}
            aria-pressed={tool.active}
            aria-keyshortcuts={keys.aria}
            title={`${tool.label} (${keys.text})`}
            className="min-h-8 rounded px-2 py-1 text-sm font-semibold hover:bg-neutral-100 aria-pressed:bg-neutral-900 aria-pressed:text-white dark:hover:bg-neutral-800 dark:aria-pressed:bg-neutral-100 dark:aria-pressed:text-neutral-900"
          >
            {tool.label}
          </button>
        );
      })}
    </div>
  );
}
