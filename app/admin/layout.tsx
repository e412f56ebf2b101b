import type { Metadata } from "next";
import type { ReactNode } from "react";
import { StaffShell } from "@/components/staff/StaffShell";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { robots: { index: false } };

/** The admin area is for editors and admins; each page checks its own permission as well. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePermission("admin.area", null);
  return <StaffShell>{children}</StaffShell>;
}
