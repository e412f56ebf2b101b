import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wireStoryToForm } from "@/lib/articles/wire-paste";
import type { Actor } from "@/lib/auth/policy";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { repeatTo } from "@/lib/testing/growth";

const EDITOR: Actor = { id: "editor-1", role: "EDITOR" };

const PIECES = [
  "# ",
  "\n",
  "\n\n",
  " ",
  "Word",
  "By ",
  "Reuters",
  " and ",
  "July 28, 2018",
  "Photo: ",
  "Related article: ",
  "[Storm Closes the Route](https://example.org/storm)",
  "](",
  "[",
  "*",
  "_",
  "Original url: ",
  "https://example.org/a",
  "- ",
  "> ",
  "`",
  "<b>",
  "\u0000",
  "\uD800",
  "é",
];
const pasted = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(""));
const pastedMegabyte = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 20 })
  .map((pieces) => `# Headline\n\nA body.\n\n${repeatTo(pieces.join(""), 990_000)}`);

let database: TestDatabase;
beforeAll(() => {
  database = createTestDatabase();
});
afterAll(async () => {
  await database.dispose();
});

async function expectFormOrMessage(text: string): Promise<void> {
  const result = await wireStoryToForm(database.client, EDITOR, text);
  if (result.ok) expect(result.fill.headline).not.toBe("");
  else expect(result.message).toMatch(/^[A-Z].*[.?]$/);
}

describe("pasting arbitrary text as a wire story", () => {
  it("fills the form or says why not, never throws", async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(pasted, fc.string({ maxLength: 200 })), expectFormOrMessage), {
      numRuns: 60,
    });
  });

  it("does so for a paste of about 1 MB", async () => {
    await fc.assert(fc.asyncProperty(pastedMegabyte, expectFormOrMessage), { numRuns: 3 });
  }, 60_000); // three megabyte pastes against a database: the limit only catches a hang

  it("copes with a paste of thousands of related links", async () => {
    const related = Array.from({ length: 5_000 }, (_, i) => `Related article: Story ${i}\n`).join("");
    await expectFormOrMessage(`# Headline\n\nA body.\n\n${related}`);
  }, 20_000);
});
