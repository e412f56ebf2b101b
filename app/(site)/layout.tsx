import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteShell } from "@/components/site/SiteShell";
import { LOGO_PATH } from "@/lib/seo/site";

export const metadata: Metadata = { icons: { icon: { url: LOGO_PATH, type: "image/png" } } };

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
