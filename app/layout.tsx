import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { siteUrl } from "@/lib/env";
import { siteInfo } from "@/lib/seo/site";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const site = await siteInfo();
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: site.name, template: `%s | ${site.name}` },
    description: site.description,
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0a0a0a" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const site = await siteInfo();
  return (
    <html lang={site.language}>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
