import { describe, expect, it } from "vitest";
import { hasHighlight, MARK_END, MARK_START, splitHighlights } from "@/lib/search/highlight";

const mark = (text: string) => `${MARK_START}${text}${MARK_END}`;

describe("splitHighlights", () => {
  it("splits text into plain and marked runs", () => {
    const runs = splitHighlights(`Putin ${mark("Invites")} Trump to ${mark("Moscow")}`);
    expect(runs).toEqual([
      { text: "Putin ", marked: false },
      { text: "Invites", marked: true },
      { text: " Trump to ", marked: false },
      { text: "Moscow", marked: true },
    ]);
    expect(hasHighlight(runs)).toBe(true);
  });

  it("returns text without matches as one plain run", () => {
    const runs = splitHighlights("No matches <b>here</b>");
    expect(runs).toEqual([{ text: "No matches <b>here</b>", marked: false }]);
    expect(hasHighlight(runs)).toBe(false);
  });

  it("drops unpaired delimiters instead of showing them", () => {
    expect(splitHighlights(`a${MARK_END}b${MARK_START}c`)).toEqual([
      { text: "a", marked: false },
      { text: "b", marked: false },
      { text: "c", marked: true },
    ]);
    expect(splitHighlights("")).toEqual([]);
  });
});
