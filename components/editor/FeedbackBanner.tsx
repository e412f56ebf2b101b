"use client";

import type { Feedback } from "@/components/editor/use-story-form";
import { BUTTON } from "@/components/forms/styles";
import { editorPath } from "@/lib/articles/history-paths";

const TONES = {
  success: "border-green-700 bg-green-50 text-green-900 dark:border-green-300 dark:bg-green-950 dark:text-green-100",
  info: "border-sky-700 bg-sky-50 text-sky-950 dark:border-sky-300 dark:bg-sky-950 dark:text-sky-100",
  error: "border-red-700 bg-red-50 text-red-900 dark:border-red-300 dark:bg-red-950 dark:text-red-100",
} as const;

/**
 * What the last button press did. Failures are alerts, read out at once; a
 * conflict offers to compare in a new tab, or to save over the other version
 * on purpose.
 */
export function FeedbackBanner({
  feedback,
  articleId,
  onSaveOver,
}: {
  feedback: Feedback | null;
  articleId: string | null;
  onSaveOver: () => void;
}) {
  if (!feedback) return <div role="status" aria-live="polite" className="sr-only" />;
  const tone = feedback.kind === "conflict" ? TONES.error : TONES[feedback.kind];
  const failed = feedback.kind === "error" || feedback.kind === "conflict";
  return (
    <div role={failed ? "alert" : "status"} className={`flex flex-col gap-2 rounded border px-4 py-3 text-sm ${tone}`}>
      <p className="font-semibold">{feedback.message}</p>
      {feedback.kind !== "conflict" && feedback.details && feedback.details.length > 0 && (
        <ul className="list-disc pl-5">
          {feedback.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      {feedback.kind === "conflict" && articleId && (
        <div className="flex flex-wrap gap-2">
          <a href={editorPath(articleId)} target="_blank" rel="noopener" className={BUTTON.secondary}>
            Open the latest version in a new tab
          </a>
          <button type="button" className={BUTTON.danger} onClick={onSaveOver}>
            Replace it with my version
          </button>
        </div>
      )}
    </div>
  );
}
