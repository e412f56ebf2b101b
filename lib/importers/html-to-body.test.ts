import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toPlainText } from "@/lib/content/plain-text";
import { parseBody } from "@/lib/content/schema";
import { expectLinearGrowth, repeatTo } from "@/lib/testing/growth";
import { htmlToBody, htmlToText } from "./html-to-body";

const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (value: string, ...marks: unknown[]) =>
  marks.length ? { type: "text", text: value, marks } : { type: "text", text: value };
const bold = { type: "bold" };
const italic = { type: "italic" };
const link = (href: string) => ({ type: "link", attrs: { href } });

/** Converts, and checks the result is a document the body schema accepts unchanged. */
function convert(html: string, options = {}) {
  const result = htmlToBody(html, options);
  const parsed = parseBody(result.doc);
  expect(parsed).toEqual({ ok: true, doc: result.doc });
  return result;
}

describe("what the body can hold", () => {
  it("keeps paragraphs, marks, links and line breaks", () => {
    const { doc, notes } = convert(
      '<p>Ships <b>docked</b> and <strong><em>unloaded</em></strong>.</p><p>See <a href="https://port.example.org/">the port</a><br>today.</p>',
    );
    expect(doc.content).toEqual([
      paragraph(text("Ships "), text("docked", bold), text(" and "), text("unloaded", bold, italic), text(".")),
      paragraph(
        text("See "),
        text("the port", link("https://port.example.org/")),
        { type: "hardBreak" },
        text("today."),
      ),
    ]);
    expect(notes).toEqual([]);
  });

  it("maps h1 to h2 and h5, h6 to h4, as the page's own h1 is the headline, and says so once a kind", () => {
    const { doc, notes } = convert(
      "<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6><h1>Again</h1><h5>Small</h5>",
    );
    expect(doc.content.map((block) => (block.type === "heading" ? block.attrs.level : null))).toEqual([
      2, 2, 3, 4, 4, 4, 2, 4,
    ]);
    expect(notes).toEqual([
      "<h1> kept as a level-2 heading: the page's own level 1 is the headline (2×): One · Again",
      "<h5> kept as a level-4 heading, the smallest the body has (2×): Five · Small",
      "<h6> kept as a level-4 heading, the smallest the body has: Six",
    ]);
    expect(convert("<h2>Two</h2><h3>Three</h3><h4>Four</h4>").notes).toEqual([]);
  });

  it("says when a numbered list loses its start or its counting down", () => {
    const { doc, notes } = convert(
      "<ol start='2000000'><li>Far</li></ol><ol start='0'><li>Zero</li></ol><ol start='1'><li>One</li></ol>" +
        "<ol reversed><li>Three</li><li>Two</li></ol><ol reversed start='5'><li>Five</li></ol>",
    );
    expect(doc.content.map((block) => (block.type === "orderedList" ? (block.attrs?.start ?? 1) : null))).toEqual([
      1, 1, 1, 1, 5,
    ]);
    expect(notes).toEqual([
      'numbered list\'s start left out, so it counts from 1: the body\'s lists start from 1 to 1000000 (2×): start="2000000" · start="0"',
      "numbered list counting down (<ol reversed>) kept counting up: the body's lists count up (2×): ThreeTwo · Five",
    ]);
  });

  it("keeps quotes and nested lists, with an ordered list's start", () => {
    const { doc } = convert(
      "<blockquote>We were lucky.<p>Very lucky.</p></blockquote><ol start='3'><li>Third<ul><li>inner</li></ul></li><li><p>Fourth</p></li></ol>",
    );
    expect(doc.content).toEqual([
      { type: "blockquote", content: [paragraph(text("We were lucky.")), paragraph(text("Very lucky."))] },
      {
        type: "orderedList",
        attrs: { start: 3 },
        content: [
          {
            type: "listItem",
            content: [
              paragraph(text("Third")),
              { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("inner"))] }] },
            ],
          },
          { type: "listItem", content: [paragraph(text("Fourth"))] },
        ],
      },
    ]);
  });

  it("collapses white space as a browser does, across elements and around line breaks", () => {
    const { doc } = convert("<p>\n  Rain   <em> fell </em>  all\tday <br>  and night  </p><p>&nbsp;</p><p>  </p>");
    expect(doc.content).toEqual([
      paragraph(text("Rain "), text("fell ", italic), text("all day"), { type: "hardBreak" }, text("and night")),
    ]);
  });

  it("makes relative links absolute against the old site, and keeps unsafe ones as text, noted", () => {
    const { doc, notes } = convert(
      '<p><a href="/2023/11/appeal/">appeal</a> <a href="javascript:alert(1)">trap</a> <a name="top">anchor</a></p>',
      { baseUrl: "https://courier.example.com" },
    );
    expect(doc.content).toEqual([
      paragraph(text("appeal", link("https://courier.example.com/2023/11/appeal/")), text(" trap anchor")),
    ]);
    expect(notes).toEqual(["link kept as plain text: only http, https and mailto links are kept: javascript:alert(1)"]);
  });

  it("without the old site's address, a relative link is noted and its words kept", () => {
    const { doc, notes } = convert('<p><a href="__GHOST_URL__/about/">about us</a></p>');
    expect(doc.content).toEqual([paragraph(text("about us"))]);
    expect(notes[0]).toContain("__GHOST_URL__/about/");
  });
});

describe("what the body cannot hold is noted, never dropped silently", () => {
  it("leaves out scripts, styles, embeds and forms, naming each", () => {
    const { doc, notes } = convert(
      '<p>Before</p><script>track()</script><style>p{}</style><iframe src="https://video.example.org/embed/1"></iframe><form action="/vote"><input name="q"></form><p>After</p>',
    );
    expect(toPlainText(doc)).toBe("Before\n\nAfter");
    expect(notes).toEqual([
      "<script> left out: scripts are not kept: <script>",
      "<style> left out: page styling is not kept: <style>",
      '<iframe> left out: embedded media is not kept: <iframe src="https://video.example.org/embed/1">',
      '<form> left out: forms are not kept: <form action="/vote">',
    ]);
  });

  it("keeps a table's words, one paragraph per row", () => {
    const { doc, notes } = convert(
      "<table><caption>Votes</caption><tr><th>For</th><td><b>7</b></td></tr><tr><td>Against</td><td>5</td></tr></table>",
    );
    expect(doc.content).toEqual([
      paragraph(text("Votes")),
      paragraph(text("For | "), text("7", bold)),
      paragraph(text("Against | 5")),
    ]);
    expect(notes).toEqual(["<table> kept as text, one paragraph per row: VotesFor7Against5"]);
  });

  it("notes an image with its caption, which leaves the story with it", () => {
    const { doc, notes } = convert(
      '<figure><img src="https://old.example/ferry.jpg" alt="The ferry"><figcaption>In May</figcaption></figure><p>Text</p>',
    );
    expect(doc.content).toEqual([paragraph(text("Text"))]);
    expect(notes).toEqual([
      'image left out: a body shows only images from the media library: https://old.example/ferry.jpg, alt "The ferry", caption "In May"',
    ]);
  });

  it("keeps the words of formatting it has no mark for, and of unknown elements", () => {
    const { doc, notes } = convert("<p>H<sub>2</sub>O is <u>water</u>, <x-note>says</x-note> <code>chem</code></p>");
    expect(toPlainText(doc)).toBe("H2O is water, says chem");
    expect(notes).toEqual([
      "<sub> formatting left out, its text kept: 2",
      "<u> formatting left out, its text kept: water",
      "<x-note> is not HTML the body knows, its text kept: <x-note>",
      "<code> formatting left out, its text kept: chem",
    ]);
  });

  it("keeps preformatted text with its line breaks, and notes a dividing line", () => {
    const { doc, notes } = convert("<pre>a = 1\n  b = 2</pre><hr><p>End</p>");
    expect(doc.content).toEqual([
      paragraph(text("a = 1"), { type: "hardBreak" }, text("  b = 2")),
      paragraph(text("End")),
    ]);
    expect(notes).toEqual([
      "<pre> kept as plain text with its line breaks: a = 1 b = 2",
      "<hr> (a dividing line) left out",
    ]);
  });

  it("counts what recurs instead of repeating it", () => {
    const { notes } = convert('<iframe src="https://a.example"></iframe><iframe src="https://b.example"></iframe>');
    expect(notes).toEqual([
      '<iframe> left out: embedded media is not kept (2×): <iframe src="https://a.example"> · <iframe src="https://b.example">',
    ]);
  });
});

describe("broken and hostile HTML", () => {
  it("repairs unclosed and stray tags the way a browser does", () => {
    const { doc } = convert("<p>The meeting <b>ran late<p>and tempers <i>frayed</div></span><li>stray item");
    expect(doc.content).toEqual([
      paragraph(text("The meeting "), text("ran late", bold)),
      paragraph(text("and tempers ", bold), text("frayed", bold, italic)),
      paragraph(text("stray item", bold, italic)),
    ]);
  });

  it("treats elements named like object properties as unknown elements", () => {
    const { doc, notes } = convert(
      "<p><constructor>a</constructor> <hasownproperty>b</hasownproperty> <tostring>c</tostring></p>",
    );
    expect(toPlainText(doc)).toBe("a b c");
    expect(notes).toHaveLength(3);
  });

  it("puts text written straight into a list into an item of its own", () => {
    const { doc } = convert("<ul>loose words<li>item</li></ul>");
    expect(doc.content).toEqual([
      {
        type: "bulletList",
        content: [
          { type: "listItem", content: [paragraph(text("loose words"))] },
          { type: "listItem", content: [paragraph(text("item"))] },
        ],
      },
    ]);
  });

  it("flattens quotes nested deeper than the body allows, keeping the words", () => {
    const { doc, notes } = convert(`${"<blockquote>".repeat(30)}deep`);
    expect(toPlainText(doc)).toBe("deep");
    expect(notes[0]).toMatch(/^quotes and lists nested too deeply for the body flattened into paragraphs/);
  });

  it("keeps the words of markup nested thousands deep, without overflowing the stack", () => {
    const { doc, notes } = convert(`${"<span>".repeat(20_000)}bottom`);
    expect(toPlainText(doc)).toBe("bottom");
    expect(notes).toEqual(["markup nested more than 200 deep kept as plain text"]);
  });

  it("splits text longer than a text node may be", () => {
    const { doc } = convert(`<p>${"a".repeat(25_000)}</p>`);
    expect(toPlainText(doc)).toHaveLength(25_000);
  });

  it("gives an empty document for nothing at all", () => {
    expect(convert("").doc).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
    expect(convert("<!-- only a comment --> \n").notes).toEqual([]);
  });

  it("never throws, and always gives a document the schema accepts", () => {
    const pieces = [
      "<p>",
      "</p>",
      "<b>",
      "</i>",
      "<ul>",
      "<li>",
      "<table>",
      "<td>",
      "<a href='https://x.example'>",
      "</a>",
    ];
    const html = fc.array(fc.oneof(fc.constantFrom(...pieces, "<blockquote>", "<br>", "<h2>", "<pre>"), fc.string()), {
      maxLength: 40,
    });
    fc.assert(
      fc.property(html, (parts) => {
        convert(parts.join(""));
      }),
      { numRuns: 200 },
    );
  });

  it("takes time linear in the size of the HTML", () => {
    expectLinearGrowth(
      (size) =>
        repeatTo(
          "<p>Word <b>bold <i>both</i></b> <a href='https://x.example'>link</a></p><ul><li>item</li></ul>",
          size,
        ),
      (html) => htmlToBody(html),
      { size: 50_000 },
    );
  });
});

describe("WordPress's classic editor (autop)", () => {
  it("makes blank lines paragraphs and single newlines line breaks", () => {
    const { doc } = convert("First line\nsecond line\n\nNext paragraph\n\n\n<blockquote>Quoted</blockquote>\nAfter", {
      autop: true,
    });
    expect(doc.content).toEqual([
      paragraph(text("First line"), { type: "hardBreak" }, text("second line")),
      paragraph(text("Next paragraph")),
      { type: "blockquote", content: [paragraph(text("Quoted"))] },
      paragraph(text("After")),
    ]);
  });

  it("leaves newlines as spaces without it", () => {
    expect(convert("First line\nsecond line\n\nsame paragraph").doc.content).toEqual([
      paragraph(text("First line second line same paragraph")),
    ]);
  });
});

describe("htmlToText", () => {
  it("gives the words of an HTML caption on one line", () => {
    expect(htmlToText('Photo <a href="https://x.example">by</a>\n <em>Ada</em> ')).toBe("Photo by Ada");
  });
});
