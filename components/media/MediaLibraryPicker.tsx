"use client";

import { useEffect, useId, useState } from "react";
import { createPortal } from "react-dom";
import { Dialog } from "@/components/editor/Dialog";
import { TextInput } from "@/components/editor/Field";
import { BUTTON, HINT } from "@/components/forms/styles";
import { searchMediaAction } from "@/lib/media/actions";
import type { LibraryItem } from "@/lib/media/library";

/** What a story takes from the library: the image and the library's words for it. */
export type ChosenImage = Pick<LibraryItem, "id" | "src" | "alt" | "caption" | "credit" | "originalName">;

type Results = { items: LibraryItem[]; total: number; pageCount: number };

/** Waits this long after typing stops before searching, so a search runs once per word rather than per key. */
const SEARCH_DELAY_MS = 250;

function useLibrarySearch(open: boolean, text: string, page: number) {
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!open) return;
    let current = true;
    const timer = setTimeout(async () => {
      const answer = await searchMediaAction({ q: text, page }).catch(() => ({
        ok: false as const,
        message: "The library could not be reached. Check your connection, then search again.",
      }));
      if (!current) return;
      if (answer.ok) {
        setResults(answer);
        setError(undefined);
      } else setError(answer.message);
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [open, text, page]);
  return { results, error };
}

/** A "Choose from library" button and its dialog: search the library, pick an image. */
export function MediaLibraryPicker({ onChoose }: { onChoose: (image: ChosenImage) => void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [page, setPage] = useState(1);
  const { results, error } = useLibrarySearch(open, text, page);
  const searchId = useId();
  // document.body exists only in the browser; the dialog stays mounted there, so closing it returns focus.
  const [inBrowser, setInBrowser] = useState(false);
  useEffect(() => setInBrowser(true), []);

  const choose = (item: LibraryItem) => {
    setOpen(false);
    onChoose(item);
  };

  return (
    <>
      <div>
        <button type="button" className={BUTTON.secondary} onClick={() => setOpen(true)}>
          Choose from library
        </button>
      </div>
      {/* In the document's body, outside the story's form, so Enter in the search box cannot submit it. */}
      {inBrowser &&
        createPortal(
          <Dialog open={open} title="Choose from library" onClose={() => setOpen(false)}>
            <TextInput
              id={searchId}
              label="Search images"
              hint="By alt text, caption, credit or file name."
              value={text}
              onChange={(value) => {
                setText(value);
                setPage(1);
              }}
            />
            {error && <p role="alert">{error}</p>}
            <p role="status" className={HINT}>
              {results ? (results.total === 1 ? "1 image" : `${results.total} images`) : "Loading the library…"}
            </p>
            {results && results.items.length > 0 && (
              <ul className="grid max-h-96 grid-cols-2 gap-3 overflow-y-auto sm:grid-cols-3">
                {results.items.map((item) => (
                  <li key={item.id}>
                    <button
                      type="button"
                      onClick={() => choose(item)}
                      className="flex w-full flex-col gap-1 rounded border border-neutral-300 p-1 text-left text-xs hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800"
                    >
                      {/* The button's text names the image; the thumbnail would only repeat it. */}
                      <img
                        src={item.src}
                        srcSet={item.srcSet}
                        sizes="10rem"
                        alt=""
                        loading="lazy"
                        className="aspect-[4/3] h-auto w-full rounded object-cover"
                      />
                      <span className="font-semibold break-all">
                        {item.originalName || item.alt || "Untitled image"}
                      </span>
                      {item.alt && <span>{item.alt}</span>}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {results && results.pageCount > 1 && (
              <div className="flex items-center gap-3 text-sm">
                <button type="button" className={BUTTON.small} disabled={page <= 1} onClick={() => setPage(page - 1)}>
                  Previous page
                </button>
                <span>
                  Page {page} of {results.pageCount}
                </span>
                <button
                  type="button"
                  className={BUTTON.small}
                  disabled={page >= results.pageCount}
                  onClick={() => setPage(page + 1)}
                >
                  Next page
                </button>
              </div>
            )}
          </Dialog>,
          document.body,
        )}
    </>
  );
}
