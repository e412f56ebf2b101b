"use client";

import type { Editor } from "@tiptap/core";
import { useId, useState } from "react";
import { ClientForm } from "@/components/editor/ClientForm";
import { FieldShell } from "@/components/forms/Field";
import { BUTTON, CONTROL } from "@/components/forms/styles";
import { normalizeHref } from "@/lib/content/links";

/** Adds, changes or removes the link on the selected text (in the body's "Link" dialog). */
export function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
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
    <ClientForm onSubmit={apply}>
      <FieldShell
        id={id}
        label="Link address"
        error={error}
        hint="For example https://www.example.com/story or mailto:desk@example.com"
      >
        {(describedBy, invalid) => (
          <input
            id={id}
            type="url"
            className={CONTROL}
            value={href}
            onChange={(event) => setHref(event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            // biome-ignore lint/a11y/noAutofocus: the field is the whole point of the dialog that just opened.
            autoFocus
          />
        )}
      </FieldShell>
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
    </ClientForm>
  );
}
