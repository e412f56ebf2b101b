import { describe, expect, it } from "vitest";
import { toPlainText } from "@/lib/content/plain-text";
import { parseBody } from "@/lib/content/schema";
import { lexicalToBody } from "./lexical-to-body";

const text = (value: string, format = 0) => ({ type: "extended-text", text: value, format });
const document = (...children: unknown[]) => JSON.stringify({ root: { type: "root", children } });

function convert(json: string) {
  const result = lexicalToBody(json);
  if (!result.ok) throw new Error(result.message);
  expect(parseBody(result.doc)).toEqual({ ok: true, doc: result.doc });
  return result;
}

describe("lexicalToBody", () => {
  it("keeps paragraphs with bold and italic, headings, links and line breaks", () => {
    const { doc, notes } = convert(
      document(
        { type: "paragraph", children: [text("Ferries run "), text("twice", 1), text(" a "), text("day", 3)] },
        { type: "extended-heading", tag: "h3", children: [text("Times")] },
        {
          type: "paragraph",
          children: [
            { type: "link", url: "https://ferries.example.org", children: [text("Timetable")] },
            { type: "linebreak" },
            text("Fares < £5 & falling"),
          ],
        },
      ),
    );
    expect(doc.content).toEqual([
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Ferries run " },
          { type: "text", text: "twice", marks: [{ type: "bold" }] },
          { type: "text", text: " a " },
          { type: "text", text: "day", marks: [{ type: "bold" }, { type: "italic" }] },
        ],
      },
      { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Times" }] },
      {
        type: "paragraph",
        content: [
          {
            type: "text",
            text: "Timetable",
            marks: [{ type: "link", attrs: { href: "https://ferries.example.org" } }],
          },
          { type: "hardBreak" },
          { type: "text", text: "Fares < £5 & falling" },
        ],
      },
    ]);
    expect(notes).toEqual([]);
  });

  it("keeps nested lists and quotes", () => {
    const { doc } = convert(
      document(
        {
          type: "list",
          listType: "number",
          start: 2,
          children: [
            {
              type: "listitem",
              children: [
                text("Second"),
                { type: "list", listType: "bullet", children: [{ type: "listitem", children: [text("inner")] }] },
              ],
            },
          ],
        },
        { type: "quote", children: [text("Quoted")] },
      ),
    );
    expect(toPlainText(doc)).toBe("Second\n\ninner\n\nQuoted");
    expect(doc.content.map((block) => block.type)).toEqual(["orderedList", "blockquote"]);
    expect(doc.content[0]).toMatchObject({ attrs: { start: 2 } });
  });

  it("converts Markdown cards with Byline's Markdown converter", () => {
    const { doc, notes } = convert(
      document(
        { type: "paragraph", children: [text("Before")] },
        { type: "markdown", markdown: "Residents **cheered**.\n\n> At last." },
      ),
    );
    expect(doc.content).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "Before" }] },
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Residents " },
          { type: "text", text: "cheered", marks: [{ type: "bold" }] },
          { type: "text", text: "." },
        ],
      },
      { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "At last." }] }] },
    ]);
    expect(notes).toEqual([]);
  });

  it("notes the cards the body cannot show, keeping links and words where they make sense", () => {
    const { doc, notes } = convert(
      document(
        { type: "image", src: "__GHOST_URL__/content/images/ferry.jpg", alt: "Ferry", caption: "In <em>May</em>" },
        { type: "bookmark", url: "https://council.example.org/minutes", metadata: { title: "Minutes" } },
        { type: "callout", calloutText: "<p>Fares stay the same.</p>" },
        { type: "codeblock", code: "x < 1" },
        { type: "toggle", heading: "More" },
        { type: "markdown", markdown: "![chart](chart.png) Words" },
        { type: "columns", children: [text("Column words")] },
      ),
    );
    expect(toPlainText(doc)).toBe("Minutes\n\nFares stay the same.\n\nx < 1\n\nWords\n\nColumn words");
    expect(notes).toEqual([
      'image left out: a body shows only images from the media library: __GHOST_URL__/content/images/ferry.jpg, alt "Ferry", caption "In May"',
      "bookmark card kept as a link to what it showed: https://council.example.org/minutes",
      "callout card kept as a quote: Fares stay the same.",
      "<pre> kept as plain text with its line breaks: x < 1",
      "toggle card left out",
      "images and HTML inside a Markdown card left out",
      'Lexical "columns" is not known, its text kept',
    ]);
  });

  it("refuses content that is not a Lexical document", () => {
    expect(lexicalToBody("{not json")).toEqual({ ok: false, message: "its Lexical content is not JSON" });
    expect(lexicalToBody('{"root": 3}')).toEqual({
      ok: false,
      message: "its Lexical content is not a Lexical document",
    });
  });

  it("gives an empty document for an empty one", () => {
    expect(convert(document()).doc).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
  });
});
