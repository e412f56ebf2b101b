import sharp from "sharp";

export type HeroMotif = "circles" | "stripes" | "grid" | "waves";

const WIDTH = 1600;
const HEIGHT = 900;

function motifShapes(motif: HeroMotif, ink: string): string {
  switch (motif) {
    case "circles":
      return [220, 380, 540]
        .map(
          (r, i) =>
            `<circle cx="${1100 - i * 120}" cy="${450 + i * 40}" r="${r}" fill="none" stroke="${ink}" stroke-width="28" opacity="${0.5 - i * 0.12}"/>`,
        )
        .join("");
    case "stripes":
      return Array.from(
        { length: 9 },
        (_, i) =>
          `<rect x="${i * 200 - 100}" y="-200" width="70" height="1400" fill="${ink}" opacity="0.22" transform="rotate(24 800 450)"/>`,
      ).join("");
    case "grid":
      return Array.from({ length: 8 }, (_, i) =>
        Array.from(
          { length: 4 },
          (_, j) =>
            `<rect x="${140 + i * 170}" y="${140 + j * 170}" width="120" height="120" rx="16" fill="${ink}" opacity="${0.1 + ((i + j) % 4) * 0.08}"/>`,
        ).join(""),
      ).join("");
    case "waves":
      return Array.from({ length: 6 }, (_, i) => {
        const y = 200 + i * 110;
        return `<path d="M0 ${y} C 400 ${y - 120}, 800 ${y + 120}, 1600 ${y}" fill="none" stroke="${ink}" stroke-width="22" opacity="${0.15 + i * 0.06}"/>`;
      }).join("");
  }
}

/** An abstract 16:9 illustration made locally, so demo content needs no network or stock photos. */
export async function generateHeroImage(colors: readonly [string, string], motif: HeroMotif): Promise<Buffer> {
  const [from, to] = colors;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#g)"/>
  ${motifShapes(motif, "#ffffff")}
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
