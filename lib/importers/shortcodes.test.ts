import { describe, expect, it } from "vitest";
import { toPlainText } from "@/lib/content/plain-text";
import { expectLinearGrowth, repeatTo } from "@/lib/testing/growth";
import { convertContent } from "./content";
import { Notes } from "./notes";
import { expandShortcodes } from "./shortcodes";

function expand(content: string) {
  const notes = new Notes();
  return { html: expandShortcodes(content, notes), notes: notes.list() };
}

describe("expandShortcodes", () => {
  it("makes a caption a figure, its words after the image the caption", () => {
    const { html, notes } = expand(
      '[caption id="attachment_7" width="300"]<a href="https://x.example/big.jpg"><img src="loom.jpg" alt="A loom" /></a> The loom, restored[/caption]',
    );
    expect(html).toBe(
      '<figure><a href="https://x.example/big.jpg"><img src="loom.jpg" alt="A loom" /></a><figcaption>The loom, restored</figcaption></figure>',
    );
    expect(notes).toEqual([]);
  });

  it("takes an old-style caption from its attribute", () => {
    expect(expand('[caption caption="From the bridge"]<img src="mill.jpg">[/caption]').html).toBe(
      '<figure><img src="mill.jpg"><figcaption>From the bridge</figcaption></figure>',
    );
  });

  it("keeps an embed as a link to what it showed", () => {
    const { html, notes } = expand('[embed width="500"]https://video.example.net/watch?v=1&t=2[/embed]');
    expect(html).toBe(
      '<p><a href="https://video.example.net/watch?v=1&amp;t=2">https://video.example.net/watch?v=1&amp;t=2</a></p>',
    );
    expect(notes).toEqual(["[embed] kept as a link to what it showed: https://video.example.net/watch?v=1&t=2"]);
  });

  it("notes galleries, video and audio, whole, with what they said", () => {
    const { html, notes } = expand('a [gallery ids="1,2"] b [video src="v.mp4"]fallback[/video] c');
    expect(html).toBe("a  b  c");
    expect(notes).toEqual([
      '[gallery] left out: galleries, video and audio are not kept: [gallery ids="1,2"]',
      '[video] left out: galleries, video and audio are not kept: [video src="v.mp4"]',
    ]);
  });

  it("removes unknown shortcodes, keeping what they enclosed, and notes each as written", () => {
    const { html, notes } = expand('[donate amount="5"] [box style="wide"]Inside [b]bold[/b][/box] [toc/] [/column]');
    expect(html).toBe(" Inside bold  ");
    expect(notes).toEqual([
      '[donate] shortcode is not known: left out: [donate amount="5"]',
      '[box] shortcode is not known: its tags left out, what it enclosed kept: [box style="wide"]',
      "[b] shortcode is not known: its tags left out, what it enclosed kept: [b]",
      "[toc] shortcode is not known: left out: [toc/]",
      "[/column] closes a shortcode never opened: left out: [/column]",
    ]);
  });

  it("leaves bracketed words in a sentence, and escaped shortcodes, as written", () => {
    const prose = 'He said [sic] it was "fine" [1]. Type [[gallery]] to add one. [Editor\'s note: updated]';
    expect(expand(prose)).toEqual({ html: prose, notes: [] });
  });

  it("takes time linear in the size of the content, even with brackets never closed", () => {
    expectLinearGrowth(
      (size) => repeatTo('[caption id="1"]<img src="a.jpg"> [x y=1] [gallery] [', size),
      (content) => expandShortcodes(content, new Notes()),
      { size: 50_000 },
    );
  });
});

describe("WordPress content", () => {
  it("converts a classic-editor post: paragraphs from blank lines, shortcodes noted", () => {
    const result = convertContent({
      format: "wordpress",
      html: 'The mill opened.\nVolunteers helped.\n\n[caption]<img src="a.jpg"> The hall[/caption]\n\n[poll id="2"]\n\nTickets cost &pound;4.',
      baseUrl: "https://courier.example.com",
    });
    expect(result.ok && toPlainText(result.doc)).toBe("The mill opened.\nVolunteers helped.\n\nTickets cost £4.");
    expect(result.ok && result.notes).toEqual([
      '[poll] shortcode is not known: left out: [poll id="2"]',
      'image left out: a body shows only images from the media library: a.jpg, caption "The hall"',
    ]);
  });

  it("keeps a block-editor post's own paragraphs: its newlines are not line breaks", () => {
    const result = convertContent({
      format: "wordpress",
      html: "<!-- wp:paragraph -->\n<p>One\nline</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Two</p>\n<!-- /wp:paragraph -->",
      baseUrl: null,
    });
    expect(result.ok && result.doc.content).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "One line" }] },
      { type: "paragraph", content: [{ type: "text", text: "Two" }] },
    ]);
  });
});
