import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Our own wire story, in the shape of the agency copy that `npm run import`
 * and "Paste wire story" read. It lives in the repository so that a fresh
 * clone runs every wire test. The events are the July 2018 news the demo
 * content also tells, but the wording is ours and the quotations are
 * invented for the tests: it is no record of what anyone said.
 *
 * Resolved from this file rather than the working directory, so Vitest and
 * Playwright find it wherever they are started.
 */
export const WIRE_STORY_PATH = fileURLToPath(new URL("./fixtures/wire-story.md", import.meta.url));

export function readWireStory(): string {
  return readFileSync(WIRE_STORY_PATH, "utf8");
}
