import type { ReactNode } from "react";
import { SiteShell } from "@/components/site/SiteShell";

/** Previews render in the reader layout, so the newsroom sees what readers will. */
export default function PreviewLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
