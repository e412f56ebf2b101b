"use client";

import type { Editor } from "@tiptap/core";
import { useId, useState } from "react";
import { Dialog } from "@/components/editor/Dialog";
import { Field } from "@/components/editor/Field";
import { BUTTON, CONTROL } from "@/components/editor/styles";
import { normalizeHref } from "@/lib/content/links";

/** Adds, changes or removes the link on the selected text. */
export function LinkDialog({ editor, open, onClose }: { editor: Editor; open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Link" onClose={onClose}>
      <LinkForm editor={editor} onDone={onClose} />
    </Dialog>
  );
}

function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const id = useId();
  const current = (editor.getAttributes("link").href as string | undefined) ?? "";
  const [href, setHref] = useState(current);
  const [error, setError] = useState<string>();

  const apply = () => {
    const safe = normalizeHref(href);
    if (!safe) {
      setError("Links must be web or mail addresses starting with http://, https:// or mailto:.");
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain.insertContent({ type: "text", text: safe, marks: [{ type: "link", attrs: { href: safe } }] }).run();
    } else {
      chain.extendMarkRange("link").setLink({ href: safe }).run();
    }
    onDone();
  };

  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      <Field id={id} label="Link address" error={error} hint="For example https://www.example.com/story or mailto:desk@example.com">
        {(describedBy, invalid) => (
          <input id={id} type="url" className={CONTROL} value={href} onChange={(event) => setHref(event.target.value)} aria-describedby={describedBy} aria-invalid={invalid} autoFocus />
        )}
      </Field>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={BUTTON.primary}>
          Apply link
        </button>
        {current && (
          <button
            type="button"
            className={BUTTON.secondary}
            onClick={() => {
              editor.chain().focus().extendMarkRange("link").unsetLink().run();
              onDone();
            }}
          >
            Remove link
          </button>
        )}
      </div>
    </form>
  );
}
