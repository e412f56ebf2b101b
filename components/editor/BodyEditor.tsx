"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useMemo, useState } from "react";
import { BodyToolbar } from "@/components/editor/BodyToolbar";
import { bodyExtensions, type DialogOpeners } from "@/components/editor/body-extensions";
import { Dialog } from "@/components/editor/Dialog";
import { ImageForm } from "@/components/editor/ImageForm";
import { LinkForm } from "@/components/editor/LinkForm";
import { RelatedArticlePicker } from "@/components/editor/RelatedArticlePicker";
import { FIELD_ERROR } from "@/components/forms/styles";

type Props = {
  /** The body document (with display attributes) to start from. */
  initialContent: unknown;
  onChange: (doc: unknown) => void;
  error?: string;
  /** The story being edited, which cannot relate to itself. */
  articleId: string | null;
  /** False shows the body read-only: selectable and copyable, with the toolbar off. */
  editable?: boolean;
};

const LABEL_ID = "body-label";
const ERROR_ID = "body-error";

/** The story body: a Tiptap editor with a toolbar, named "Body" for screen readers. */
export function BodyEditor({ initialContent, onChange, error, articleId, editable = true }: Props) {
  const [dialog, setDialog] = useState<"link" | "image" | "related" | null>(null);
  const [initiallyEditable] = useState(editable);
  const openers = useMemo<DialogOpeners>(
    () => ({
      openLink: () => setDialog("link"),
      openImage: () => setDialog("image"),
      openRelated: () => setDialog("related"),
    }),
    [],
  );
  // Stable between renders: useEditor reconfigures the editor whenever an option changes identity.
  const extensions = useMemo(() => bodyExtensions(openers), [openers]);
  const editorProps = useMemo(
    () => ({
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": LABEL_ID,
        ...(error ? { "aria-invalid": "true", "aria-describedby": ERROR_ID } : {}),
        class: "article-body min-h-80 px-4 py-3 focus:outline-none",
      },
    }),
    [error],
  );
  const editor = useEditor({
    // Rendered on the client only: the server has no DOM to render ProseMirror into.
    immediatelyRender: false,
    extensions,
    editorProps,
    content: initialContent as object,
    // The first value only: a changed option would rebuild the editor from `initialContent`, losing the text.
    editable: initiallyEditable,
    // ProseMirror builds attrs as prototype-less objects, which React will not send to a
    // server action (they arrive as "$T" placeholders): a JSON round trip makes them plain.
    onUpdate: ({ editor: current }) => onChange(JSON.parse(JSON.stringify(current.getJSON()))),
  });

  useEffect(() => {
    // Without emitting an update: turning read-only is no change to the text.
    editor?.setEditable(editable, false);
    // contenteditable=false alone still reads as an editable textbox to screen readers (role="textbox").
    editor?.view.dom.setAttribute("aria-readonly", String(!editable));
  }, [editor, editable]);

  const close = () => setDialog(null);
  return (
    <div className="flex flex-col gap-1">
      <span id={LABEL_ID} className="text-sm font-semibold">
        Body
      </span>
      <div
        className={`rounded border ${error ? "border-red-700 dark:border-red-300" : "border-neutral-400 dark:border-neutral-600"} focus-within:ring-accent focus-within:ring-2`}
      >
        {editor ? (
          <fieldset disabled={!editable} className="contents">
            <BodyToolbar editor={editor} openers={openers} />
          </fieldset>
        ) : (
          <p className="p-2 text-sm">Loading the editor…</p>
        )}
        <EditorContent editor={editor} />
      </div>
      {error && (
        <p id={ERROR_ID} className={FIELD_ERROR}>
          {error}
        </p>
      )}
      {editor && (
        <>
          <Dialog open={dialog === "link"} title="Link" onClose={close}>
            <LinkForm editor={editor} onDone={close} />
          </Dialog>
          <Dialog open={dialog === "image"} title="Insert an image" onClose={close}>
            <ImageForm editor={editor} onDone={close} />
          </Dialog>
          <Dialog open={dialog === "related"} title="Insert a related article" onClose={close}>
            <RelatedArticlePicker editor={editor} onDone={close} articleId={articleId} />
          </Dialog>
        </>
      )}
    </div>
  );
}
