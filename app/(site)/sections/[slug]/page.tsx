import { asFirstPage } from "@/lib/cache/listings";
import { renderOnFirstVisit } from "@/lib/cache/reader-cache";
import SectionPage, { generateMetadata as sectionMetadata } from "./page/[page]/page";

export const generateStaticParams = renderOnFirstVisit;
export const generateMetadata = asFirstPage(sectionMetadata);
export default asFirstPage(SectionPage);
