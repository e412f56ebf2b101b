import type { Metadata } from "next";
import { type FirstPageParams, firstPage } from "@/lib/cache/listings";
import { renderOnFirstVisit } from "@/lib/cache/reader-cache";
import SectionPage, { generateMetadata as sectionMetadata } from "./page/[page]/page";

// The first page answers here itself: other pages come through the ?page=n
// rewrite in lib/pagination/rewrites.ts, which costs every request it matches.
type Props = { params: FirstPageParams };

export const generateStaticParams = renderOnFirstVisit;

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata({ params: firstPage(params) });
}

export default function SectionFirstPage({ params }: Props) {
  return SectionPage({ params: firstPage(params) });
}
