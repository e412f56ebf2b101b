"use client";

import { useState } from "react";
import { ClientForm } from "@/components/editor/ClientForm";
import { Dialog } from "@/components/editor/Dialog";
import { TextInput } from "@/components/editor/Field";
import { BUTTON } from "@/components/forms/styles";
import { readPastedWireStory } from "@/lib/articles/actions";
import type { WireFill } from "@/lib/articles/wire-paste";

/** "Paste wire story": the importer reads the copy and fills the form for review; nothing is saved yet. */
export function WirePasteDialog({ onFill }: { onFill: (fill: WireFill, warnings: string[]) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={BUTTON.secondary} onClick={() => setOpen(true)}>
        Paste wire story
      </button>
      <Dialog open={open} title="Paste wire story" onClose={() => setOpen(false)}>
        <WirePasteForm
          onFill={(fill, warnings) => {
            onFill(fill, warnings);
            setOpen(false);
          }}
        />
      </Dialog>
    </>
  );
}

function WirePasteForm({ onFill }: { onFill: (fill: WireFill, warnings: string[]) => void }) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const read = async () => {
    setBusy(true);
    try {
      const result = await readPastedWireStory(text);
      if (result.ok) onFill(result.fill, result.warnings);
      else setError(`This could not be read as a wire story: ${result.message}`);
    } catch {
      setError("The server could not be reached. Try again.");
    } finally {
      setBusy(false);
    }
  };
  return (
    <ClientForm onSubmit={() => void read()}>
      <TextInput
        id="wire-text"
        label="Wire story text"
        multiline
        value={text}
        onChange={setText}
        error={error}
        hint="Headline line, byline (“By Reuters”), date, photo credit, paragraphs, “Related article:” lines and “Original url:”. The fields it fills replace what is in the form."
      />
      <button type="submit" className={BUTTON.primary} disabled={busy || !text.trim()}>
        {busy ? "Reading…" : "Fill in fields"}
      </button>
    </ClientForm>
  );
}
