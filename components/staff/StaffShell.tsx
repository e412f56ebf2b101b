import type { ReactNode } from "react";
import { StaffHeader } from "@/components/staff/StaffHeader";

/** A staff page: the staff header and the main content area it skips to. */
export function StaffShell({ children }: { children: ReactNode }) {
  return (
    <>
      <StaffHeader />
      <main id="content" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
    </>
  );
}
