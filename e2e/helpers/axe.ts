import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Runs axe on the page as it is, in the light and the dark theme, and fails on any violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // A refresh after a server action re-renders the head, and for a moment the page has no <title>: axe
  // read it then once (CI, two-factor journey). Waiting for a title checks it all the same, with a timeout.
  await expect(page, "the page has a title").toHaveTitle(/\S/);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    // Every rule axe has for WCAG 2.0–2.2 A and AA (contrast and target size among them), and its best practices.
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    const summary = violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    );
    expect(summary, `${colorScheme} theme`).toEqual([]);
  }
}
