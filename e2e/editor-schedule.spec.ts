import { expect, test } from "@playwright/test";
import { instantToNewsroomTime } from "@/lib/articles/publication-time";
import { DEMO_EDITOR_EMAIL } from "@/lib/demo/demo-accounts";
import { pressWorkflowButton, startStory, storyPath } from "./fixtures/editor";
import { signIn } from "./helpers/auth";

const HEADLINE = "Harbour Festival Fireworks Start at Nine";

test("a scheduled story stays hidden from readers until its time, then appears on its own", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_EDITOR_EMAIL);
  await startStory(page, {
    headline: HEADLINE,
    paragraph: "The fireworks over the harbour begin at nine and last twenty minutes.",
  });

  const field = page.getByLabel("Publication time");
  const zone =
    /time zone \(([^)]+)\)/.exec((await page.locator("#field-publishAt-hint").textContent()) ?? "")?.[1] ?? "UTC";
  const publishAt = new Date(Date.now() + 25_000);
  await field.fill(instantToNewsroomTime(publishAt, zone));
  await pressWorkflowButton(page, "Schedule", /^Scheduled for /);
  const path = await storyPath(page);

  expect((await request.get(path)).status()).toBe(404);
  expect(await (await request.get("/")).text()).not.toContain(HEADLINE);

  // No job runs: the story is simply visible once its time has passed.
  await expect.poll(async () => (await request.get(path)).status(), { timeout: 75_000, intervals: [2_000] }).toBe(200);
  await expect
    .poll(async () => (await request.get("/")).text(), { timeout: 30_000, intervals: [2_000] })
    .toContain(HEADLINE);
});
