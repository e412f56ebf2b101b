import type { Metadata } from "next";
import type { ReactNode } from "react";
import { StaffShell } from "@/components/staff/StaffShell";

export const metadata: Metadata = { title: "Newsroom", robots: { index: false } };

/** The newsroom's pages; each page checks the user and the policy itself. */
export default function NewsroomLayout({ children }: { children: ReactNode }) {
  return <StaffShell>{children}</StaffShell>;
}
