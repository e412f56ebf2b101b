import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readWireStory } from "@/lib/testing/fixtures";
import { toPlainText } from "./plain-text";
import { parseBody } from "./schema";
import { parseWireStory, resolveWireBody, type WireBlock, type WireStory } from "./wire";
import { sourceNameFor } from "./wire-sources";

const BOLTON = "Trump Delays Putin Meeting Until 'After the Russia Witch Hunt is Over,' Bolton Says";

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

describe("parseWireStory: our wire story", () => {
  const { story, warnings } = parsed(readWireStory());

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

  it("finds the one related link, between the seventh and eighth paragraphs, without its placeholder url", () => {
    expect(story.blocks.filter((block) => block.type === "relatedLink")).toEqual([
      { type: "relatedLink", headline: BOLTON, url: null },
    ]);
    expect(story.blocks.findIndex((block) => block.type === "relatedLink")).toBe(7);
  });

  it("joins the paragraph the wire broke mid-sentence", () => {
    const texts = paragraphs(story.blocks).map(textOf);
    expect(texts).toContainEqual(expect.stringMatching(/according to press secretary Sarah Sanders\.$/));
    expect(texts.some((text) => /^secretary/.test(text))).toBe(false);
  });

  it("keeps only body paragraphs: no byline, date, credit or source line", () => {
    const texts = paragraphs(story.blocks).map(textOf);
    expect(texts).toHaveLength(16);
    expect(texts[0]).toMatch(/^Vladimir Putin offered on Friday to host Donald Trump in Moscow,/);
    expect(texts[15]).toMatch(/^He also said on Friday .* prepared to tell Mueller otherwise\.$/);
    expect(texts.join("\n")).not.toMatch(/^(By Reuters|July 28, 2018|Kremlin\.ru|Original url)/m);
    expect(JSON.stringify(story.blocks)).not.toContain('"href":"#"');
  });

  it("keeps quotations as written, straight quotes included", () => {
    const texts = paragraphs(story.blocks).map(textOf);
    expect(texts[2]).toBe(
      '"The invitation is on the table, and it has been for some time," a senior Kremlin aide told reporters ' +
        'travelling with the delegation. "Whether it is taken up is a question for Washington."',
    );
    expect(texts.filter((text) => text.startsWith('"'))).toHaveLength(2);
    expect(texts).toContainEqual(expect.stringMatching(/investigation as a "witch hunt\."$/));
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
    expect(unresolved).toEqual([BOLTON]);
    expect(toPlainText(doc)).toContain(`Related article: ${BOLTON}`);
    expect(JSON.stringify(doc)).not.toContain('"link"');
    expect(parseBody(doc).ok).toBe(true);
  });
});

// The agency's original is not ours to ship, so only a checkout that has it
// beside the repository can confirm our story still matches its shape. The
// check is registered only there: a fresh clone runs every test it has.
const REFERENCE_STORY = path.resolve(import.meta.dirname, "../../../shared/fixtures/putin-invites-trump-to-moscow.md");

const describeWithReference = existsSync(REFERENCE_STORY) ? describe : () => undefined;
describeWithReference("parseWireStory: the agency's original, when it is present", () => {
  it("reads the same metadata and related link as our story", () => {
    const reference = parsed(readFileSync(REFERENCE_STORY, "utf8"));
    const shape = ({ story, warnings }: { story: WireStory; warnings: string[] }) => ({
      headline: story.headline,
      dek: story.dek,
      bylines: story.bylines,
      publishedOn: story.publishedOn,
      heroCredit: story.heroCredit,
      sourceUrl: story.sourceUrl,
      sourceName: story.sourceName,
      related: story.blocks.filter((block) => block.type === "relatedLink"),
      warnings,
    });
    expect(shape(reference)).toEqual({
      headline: "Putin Invites Trump to Moscow",
      dek: "",
      bylines: ["Reuters"],
      publishedOn: "2018-07-28",
      heroCredit: "Kremlin.ru",
      sourceUrl: "https://www.themoscowtimes.com/2018/07/28/putin-invites-trump-to-moscow-a62371",
      sourceName: "The Moscow Times",
      related: [{ type: "relatedLink", headline: BOLTON, url: null }],
      warnings: [],
    });
    expect(shape(parsed(readWireStory()))).toEqual(shape(reference));
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

  it("reads a paste of a few hundred thousand one-word paragraphs (CI found a stack overflow)", () => {
    const { story } = parsed(`# Headline\n\n${"a\n\n".repeat(300_000)}`);
    expect(toPlainText({ type: "doc", content: paragraphs(story.blocks) }).split(/\s+/)).toHaveLength(300_000);
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
