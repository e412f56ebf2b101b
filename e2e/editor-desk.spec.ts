import { expect, type Page, test } from "@playwright/test";
import { instantToNewsroomTime } from "@/lib/articles/publication-time";
import { DEMO_EDITOR_EMAIL, DEMO_WRITER_EMAIL } from "@/lib/demo/demo-accounts";
import { formatDateTime } from "@/lib/time";
import { pressWorkflowButton, startStory } from "./fixtures/editor";
import { signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

const run = Date.now().toString(36);
const FOR_REVIEW = `Tram Line Extension Wins Council Backing ${run}`;
const WRITER_DRAFT = `Night Buses Return to the Old Town ${run}`;
const EDITOR_DRAFT = `Editors Weigh a New Weekend Edition ${run}`;
const SCHEDULED = `Harbour Bridge Closes for Repairs Tonight ${run}`;
// Seeded in review by no one in particular: editors see it, the writer does not.
const DEMO_IN_REVIEW = "Zimbabwe Votes in Its First Election Without Mugabe";

function deskList(page: Page, name: string) {
  return page.getByRole("region", { name });
}

test("the desk lists what needs review with who sent it, what is scheduled in the newsroom's time, and one's own drafts", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const writer = await (await browser.newContext()).newPage();
  await signIn(writer, DEMO_WRITER_EMAIL);
  await startStory(writer, { headline: WRITER_DRAFT, paragraph: "Night buses run again from Friday." });
  await pressWorkflowButton(writer, "Save draft", /^Saved\.$/);
  await startStory(writer, { headline: FOR_REVIEW, paragraph: "The council backed the tram extension 9 to 2." });
  await pressWorkflowButton(writer, "Submit for review", /^Submitted for review/);

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, DEMO_EDITOR_EMAIL);
  await startStory(editor, { headline: EDITOR_DRAFT, paragraph: "A weekend edition is under discussion." });
  await pressWorkflowButton(editor, "Save draft", /^Saved\.$/);
  await startStory(editor, { headline: SCHEDULED, paragraph: "The bridge closes at ten for two nights." });
  const zone =
    /time zone \(([^)]+)\)/.exec((await editor.locator("#field-publishAt-hint").textContent()) ?? "")?.[1] ?? "UTC";
  // Two hours ahead, on the minute: sooner than anything the demo schedules, so first in the list.
  const publishAt = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 2 * 3_600_000);
  await editor.getByLabel("Publication time").fill(instantToNewsroomTime(publishAt, zone));
  await pressWorkflowButton(editor, "Schedule", /^Scheduled for /);

  // The editor's desk: everyone's stories in review, with who sent them and how long ago.
  await editor.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Desk" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Desk" })).toBeVisible();
  const review = deskList(editor, "Needs review").getByRole("listitem").filter({ hasText: FOR_REVIEW });
  await expect(review).toContainText(/Submitted by Riley Chen .+ ago/);
  await expect(deskList(editor, "Needs review")).toContainText(DEMO_IN_REVIEW);
  const scheduled = deskList(editor, "Scheduled").getByRole("listitem").filter({ hasText: SCHEDULED });
  await expect(scheduled).toContainText(formatDateTime(publishAt, zone));
  await expect(deskList(editor, "My drafts")).toContainText(EDITOR_DRAFT);
  await expect(deskList(editor, "My drafts")).not.toContainText(WRITER_DRAFT);
  await expectNoAxeViolations(editor);

  // Each list leads to the full list, filtered the same way.
  await deskList(editor, "Needs review").getByRole("link", { name: "All stories in review" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Stories" })).toBeVisible();
  await expect(editor.getByLabel("Status")).toHaveValue("IN_REVIEW");
  await expect(editor.getByRole("link", { name: FOR_REVIEW })).toBeVisible();

  // A search bookmarked when the list was at /editor still opens the list.
  await editor.goto("/editor?status=IN_REVIEW");
  await expect(editor).toHaveURL(/\/editor\/articles\?status=IN_REVIEW$/);
  await expect(editor.getByLabel("Status")).toHaveValue("IN_REVIEW");

  // From the desk to the story.
  await editor.goto("/editor");
  await review.getByRole("link", { name: FOR_REVIEW }).click();
  await expect(editor.getByLabel("Headline", { exact: true })).toHaveValue(FOR_REVIEW);

  // The writer's desk: their own stories only, in every list.
  await writer.goto("/editor");
  await expect(writer.getByRole("heading", { level: 1, name: "Desk" })).toBeVisible();
  await expect(deskList(writer, "Needs review")).toContainText(FOR_REVIEW);
  await expect(deskList(writer, "Needs review")).not.toContainText(DEMO_IN_REVIEW);
  await expect(deskList(writer, "My drafts")).toContainText(WRITER_DRAFT);
  await expect(deskList(writer, "My drafts")).not.toContainText(EDITOR_DRAFT);
  await expect(deskList(writer, "Scheduled")).not.toContainText(SCHEDULED);
  await expectNoAxeViolations(writer);

  await writer.context().close();
  await editor.context().close();
});
