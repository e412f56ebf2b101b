import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { DEMO_ADMIN_EMAIL, DEMO_EDITOR_EMAIL } from "@/lib/demo/demo-accounts";
import { verifySignature } from "@/lib/webhooks/signature";
import { signIn } from "./helpers/auth";
import { expectNoAxeViolations } from "./helpers/axe";

test.describe.configure({ timeout: 120_000 });

const HEADLINE = "Wildfires Near Athens Kill Dozens as Residents Flee Into the Sea";
const CORRECTION = "An earlier version of this story put the village of Mati on the wrong side of Athens.";

type Received = { headers: IncomingHttpHeaders; body: string };

test("an admin adds a webhook, a correction reaches it signed, the log shows it delivered, and it is redelivered", async ({
  page,
}) => {
  // The receiver: a real endpoint on this machine (the test server allows private addresses).
  const received: Received[] = [];
  const receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/byline`;
  const corrections = () =>
    received.filter(
      (request) => request.headers["byline-event"] === "correction.added" && request.body.includes(CORRECTION),
    );

  try {
    await signIn(page, DEMO_ADMIN_EMAIL);
    await page.getByRole("link", { name: "Webhooks", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();

    const form = page.getByRole("form", { name: "New webhook" });
    await form.getByRole("textbox", { name: "Address" }).fill(url);
    await form.getByRole("checkbox", { name: /^story\.published/ }).uncheck();
    await form.getByRole("button", { name: "Add webhook" }).click();
    await expect(form.getByRole("group", { name: "Events" })).toHaveAccessibleDescription(
      "Choose at least one event to send.",
    );
    await expect(form.getByRole("textbox", { name: "Address" })).toHaveValue(url);

    await form.getByRole("checkbox", { name: /^correction\.added/ }).check();
    await form.getByRole("button", { name: "Add webhook" }).click();
    await expect(form.getByRole("status")).toContainText("shown only this once");
    const secret = await page.getByRole("textbox", { name: "Signing secret" }).inputValue();
    expect(secret).toMatch(/^whsec_/);
    const endpoint = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: url }) });
    await expect(endpoint).toContainText("Active. Receives correction.added.");
    await expect(endpoint).toContainText("Nothing sent yet.");
    await expectNoAxeViolations(page);

    await page.goto("/editor/articles?q=Wildfires+Near+Athens");
    await page.getByRole("link", { name: HEADLINE }).click();
    const region = page.getByRole("region", { name: "Corrections" });
    await region.getByLabel("Correction", { exact: true }).fill(CORRECTION);
    await region.getByRole("button", { name: "Add correction" }).click();
    await expect(region.getByRole("status")).toHaveText(/Correction added/);

    await expect.poll(() => corrections().length, { timeout: 20_000 }).toBe(1);
    const [first] = corrections();
    const signature = String(first?.headers["byline-signature"]);
    expect(verifySignature(signature, first?.body ?? "", secret)).toBe(true);
    const payload = JSON.parse(first?.body ?? "{}");
    expect(payload).toMatchObject({
      type: "correction.added",
      data: { slug: "greece-wildfires-mati", headline: HEADLINE, correction: { text: CORRECTION } },
    });
    expect(payload.data.story.bylines).toEqual([expect.objectContaining({ name: "Agence France-Presse" })]);

    await page.goto("/admin/webhooks");
    const row = endpoint.getByRole("row", { name: new RegExp(HEADLINE) });
    await expect(row).toContainText("Delivered");
    await expect(row).toContainText(/200 in \d+ ms/);
    await row.getByRole("button", { name: "Redeliver" }).click();
    await expect.poll(() => corrections().length, { timeout: 20_000 }).toBe(2);
    expect(corrections()[1]?.body).toBe(first?.body);
    await expect(endpoint.getByRole("row", { name: new RegExp(HEADLINE) })).toHaveCount(2);

    const remove = page.getByRole("form", { name: `Delete ${url}` });
    await remove.getByRole("checkbox", { name: `Yes, delete ${url} and its log` }).check();
    await remove.getByRole("button", { name: "Delete webhook" }).click();
    await expect(page.getByRole("heading", { name: url })).toHaveCount(0);
  } finally {
    receiver.close();
  }
});

test("an editor has no webhooks page", async ({ page }) => {
  await signIn(page, DEMO_EDITOR_EMAIL);
  await expect(page.getByRole("link", { name: "Webhooks", exact: true })).toHaveCount(0);
  const response = await page.goto("/admin/webhooks");
  expect(response?.status()).toBe(403);
});
