"use client";

import type { ReactNode } from "react";

/** A form handled in the browser: submitting (Enter or its submit button) runs `onSubmit`, never a page load. */
export function ClientForm({ onSubmit, children }: { onSubmit: () => void; children: ReactNode }) {
  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
