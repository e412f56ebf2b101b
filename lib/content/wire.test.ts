import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { toPlainText } from "./plain-text";
import { parseBody } from "./schema";
import { parseWireStory, resolveWireBody, type WireBlock, type WireStory } from "./wire";
import { sourceNameFor } from "./wire-sources";

// The reference story lives outside the repository (it is not ours to ship).
const FIXTURE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../shared/fixtures/putin-invites-trump-to-moscow.md",
);
const hasFixture = existsSync(FIXTURE);
if (!hasFixture) console.info(`Skipping the reference wire story tests: ${FIXTURE} not found.`);

function parsed(text: string): { story: WireStory; warnings: string[] } {
  const result = parseWireStory(text);
  if (!result.ok) throw new Error(`expected a story, got: ${result.message}`);
  return result;
}

function failure(text: string): string {
  const result = parseWireStory(text);
  expect(result.ok).toBe(false);
  return result.ok ? "" : result.message;
}

const paragraphs = (blocks: WireBlock[]) => blocks.filter((block) => block.type === "paragraph");
const textOf = (block: WireBlock | undefined) =>
  block?.type === "paragraph"
    ? (block.content ?? []).map((node) => (node.type === "text" ? node.text : "\n")).join("")
    : "";

describe.skipIf(!hasFixture)("parseWireStory: the reference story", () => {
  const { story, warnings } = hasFixture
    ? parsed(readFileSync(FIXTURE, "utf8"))
    : { story: null as never, warnings: [] };

  it("reads the metadata", () => {
    expect(story.headline).toBe("Putin Invites Trump to Moscow");
    expect(story.bylines).toEqual(["Reuters"]);
    expect(story.publishedOn).toBe("2018-07-28");
    expect(story.heroCredit).toBe("Kremlin.ru");
    expect(story.sourceUrl).toBe("https://www.themoscowtimes.com/2018/07/28/putin-invites-trump-to-moscow-a62371");
    expect(story.sourceName).toBe("The Moscow Times");
    expect(story.dek).toBe("");
    expect(warnings).toEqual([]);
  });

  it("finds the one related link, without its placeholder url", () => {
    const related = story.blocks.filter((block) => block.type === "relatedLink");
    expect(related).toEqual([
      {
        type: "relatedLink",
        headline: "Trump Delays Putin Meeting Until 'After the Russia Witch Hunt is Over,' Bolton Says",
        url: null,
      },
    ]);
  });

  it("joins the paragraph the wire broke mid-sentence", () => {
    const texts = paragraphs(story.blocks).map(textOf);
    expect(texts.some((text) => /House spokeswoman/.test(text))).toBe(true);
    expect(texts.some((text) => /^spokeswoman/.test(text))).toBe(false);
  });

  it("keeps only body paragraphs: no byline, date, credit or source line", () => {
    const texts = paragraphs(story.blocks).map(textOf);
    expect(texts.length).toBeGreaterThanOrEqual(18);
    expect(texts.length).toBeLessThanOrEqual(22);
    expect(texts[0]).toMatch(/^Russian President Vladimir Putin said on Friday/);
    expect(texts.join("\n")).not.toMatch(/^(By Reuters|July 28, 2018|Kremlin\.ru|Original url)/m);
    expect(JSON.stringify(story.blocks)).not.toContain('"href":"#"');
  });

  it("resolves the related link when the headline is known", () => {
    const { doc, unresolved } = resolveWireBody(story.blocks, (headline) =>
      headline.startsWith("Trump Delays Putin Meeting") ? "article-42" : undefined,
    );
    expect(unresolved).toEqual([]);
    expect(doc.content.filter((block) => block.type === "relatedArticle")).toEqual([
      { type: "relatedArticle", attrs: { articleId: "article-42" } },
    ]);
    expect(parseBody(doc).ok).toBe(true);
  });

  it("keeps an unresolved related link as a plain paragraph", () => {
    const { doc, unresolved } = resolveWireBody(story.blocks, () => undefined);
    expect(unresolved).toEqual(["Trump Delays Putin Meeting Until 'After the Russia Witch Hunt is Over,' Bolton Says"]);
    expect(toPlainText(doc)).toContain("Related article: Trump Delays Putin Meeting");
    expect(JSON.stringify(doc)).not.toContain('"link"');
    expect(parseBody(doc).ok).toBe(true);
  });
});

// Our own sample in the same shape, with the variations the parser must handle.
const SAMPLE = [
  "",
  "# Harbour Council Reopens the Northern Ferry",
  "",
  "## Two villages regain their winter link",
  "",
  "By [Ada Lind](https://example.org/ada) and Northern Wire",
  "",
  "3 March 2024",
  "",
  "Photo: Harbour Authority",
  "",
  "The harbour council voted on Monday to reopen the northern ferry route, the council",
  "",
  "chair said after the meeting.",
  "",
  'Ferries will run twice a day. "We listened," she said.',
  "",
  "the timetable follows next week.",
  "",
  "Related article: [Storm Closes the Northern Route](https://example.org/storm)",
  "",
  "[Northern Wire](#)",
  "",
  "Original url: https://uk.reuters.com/article/harbour-ferry",
  "",
].join("\r\n");

describe("parseWireStory: variations", () => {
  it("reads a dek, several bylines, a day-first date, a labelled credit and a bare source url", () => {
    const { story, warnings } = parsed(SAMPLE);
    expect(story.headline).toBe("Harbour Council Reopens the Northern Ferry");
    expect(story.dek).toBe("Two villages regain their winter link");
    expect(story.bylines).toEqual(["Ada Lind", "Northern Wire"]);
    expect(story.publishedOn).toBe("2024-03-03");
    expect(story.heroCredit).toBe("Harbour Authority");
    expect(story.sourceUrl).toBe("https://uk.reuters.com/article/harbour-ferry");
    expect(story.sourceName).toBe("Reuters");
    expect(warnings).toEqual([]);
  });

  it("joins a broken sentence but not one that ended, and turns a bare [Name](#) into text", () => {
    const { story } = parsed(SAMPLE);
    expect(
      story.blocks.map((block) =>
        block.type === "relatedLink" ? `related:${block.headline}:${block.url}` : textOf(block),
      ),
    ).toEqual([
      "The harbour council voted on Monday to reopen the northern ferry route, the council chair said after the meeting.",
      'Ferries will run twice a day. "We listened," she said.',
      "the timetable follows next week.",
      "related:Storm Closes the Northern Route:https://example.org/storm",
      "Northern Wire",
    ]);
    expect(JSON.stringify(story.blocks)).not.toContain('"href":"#"');
  });

  it("links an unresolved related story when the wire gave a real url", () => {
    const { story } = parsed(SAMPLE);
    const { doc, unresolved } = resolveWireBody(story.blocks, () => undefined);
    expect(unresolved).toEqual(["Storm Closes the Northern Route"]);
    expect(doc.content[3]).toEqual({
      type: "paragraph",
      content: [
        { type: "text", text: "Related article:", marks: [{ type: "bold" }] },
        { type: "text", text: " " },
        {
          type: "text",
          text: "Storm Closes the Northern Route",
          marks: [{ type: "link", attrs: { href: "https://example.org/storm" } }],
        },
      ],
    });
  });

  it("normalises non-breaking spaces and accepts a plain first line as the headline", () => {
    const { story } = parsed(
      "Harbour\u00a0council meets\n\nBy Northern Wire\n\nMarch 4, 2024\n\nThe council met.\n\nOriginal url: <https://news.example.com/a>",
    );
    expect(story.headline).toBe("Harbour council meets");
    expect(story.sourceName).toBe("news.example.com");
  });

  it("does not mistake a headline with a date for a date line", () => {
    expect(parsed("What Changed on March 4, 2024\n\nThe council met.").story.headline).toBe(
      "What Changed on March 4, 2024",
    );
  });

  it("reads a bold related label with a placeholder url as a related link without url", () => {
    const { story } = parsed("# Council\n\nThe council met.\n\n**Related article**: [Ferry Timetable Published](#)\n");
    expect(story.blocks[1]).toEqual({ type: "relatedLink", headline: "Ferry Timetable Published", url: null });
  });
});

describe("parseWireStory: warnings", () => {
  it("warns about a missing byline, date and source url", () => {
    const { warnings } = parsed("# Council Meets\n\nThe council met on Monday.");
    expect(warnings).toEqual([
      expect.stringMatching(/No byline/),
      expect.stringMatching(/No date/),
      expect.stringMatching(/No source URL/),
    ]);
  });

  it("warns about a date that does not exist and a source that is not http(s)", () => {
    const { story, warnings } = parsed(
      "# Council\n\nBy Northern Wire\n\nFebruary 30, 2024\n\nThe council met.\n\nOriginal url: ftp://example.org/story",
    );
    expect(story.publishedOn).toBeNull();
    expect(story.sourceUrl).toBeNull();
    expect(warnings).toEqual([
      expect.stringMatching(/Could not read the date "February 30, 2024"/),
      expect.stringMatching(/not an http\(s\) address/),
    ]);
  });
});

describe("parseWireStory: errors", () => {
  it.each([
    ["an empty file", "", /empty/],
    ["blank lines only", "\r\n \n\t\n", /empty/],
    ["a file that starts with a byline", "By Northern Wire\n\nThe council met.", /no headline/],
    ["a binary file", "PK\u0003\u0004\u0000\u0000binary", /binary/],
    ["control-character garbage", "\u0001\u0002\u0003abc\u0004\u0005", /does not look like text/],
    ["a file without words", "#### ---- 1234 !!!!", /no readable words/],
    ["a headline that is a whole article", `# ${"word ".repeat(80)}\n\nBody.`, /longer than 300/],
    [
      "a story without body paragraphs",
      "# Council Meets\n\nBy Northern Wire\n\nMarch 4, 2024\n\nOriginal url: https://example.org/a",
      /no body paragraphs/,
    ],
    ["a file over 1 MB", `# Big\n\n${"a".repeat(1_000_001)}`, /larger than 1 MB/],
  ])("rejects %s", (_name, text, message) => {
    expect(failure(text)).toMatch(message);
  });
});

describe("sourceNameFor", () => {
  it("names well-known publishers, including their subdomains, and falls back to the host", () => {
    expect(sourceNameFor("https://www.bbc.co.uk/news/x")).toBe("BBC");
    expect(sourceNameFor("https://edition.cnn.com/x")).toBe("CNN");
    expect(sourceNameFor("https://apnews.com/article/x")).toBe("AP");
    expect(sourceNameFor("https://www.example.org/x")).toBe("example.org");
    expect(sourceNameFor("https://notreuters.com/x")).toBe("notreuters.com");
  });
});
