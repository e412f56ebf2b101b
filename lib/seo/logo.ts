import sharp from "sharp";
import { LOGO_SIZE } from "@/lib/seo/site";

/**
 * The publisher logo for structured data and the browser tab: a red square
 * with the lines of a newspaper column. Drawn from shapes (no fonts needed)
 * and kept as a PNG, which every consumer of structured data reads.
 */
const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="${LOGO_SIZE}" height="${LOGO_SIZE}" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="10" fill="#b3261e"/>
  <rect x="14" y="14" width="36" height="8" rx="2" fill="#fff"/>
  <rect x="14" y="28" width="36" height="4" rx="2" fill="#fff"/>
  <rect x="14" y="37" width="36" height="4" rx="2" fill="#fff"/>
  <rect x="14" y="46" width="24" height="4" rx="2" fill="#fff"/>
</svg>`;

export async function renderLogo(): Promise<Buffer> {
  return sharp(Buffer.from(LOGO_SVG)).png().toBuffer();
}
