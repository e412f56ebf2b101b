import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { tagsToExpire } from "@/lib/cache/tags";
import { toSiteInfo } from "@/lib/seo/site";
import { saveSiteSettings, saveTwoFactorRoles } from "@/lib/settings/admin";
import { readSiteSettings, settingsFromEnv } from "@/lib/settings/queries";
import { siteSettingsSchema, twoFactorRolesSchema } from "@/lib/settings/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { twoFactorRoles } from "@/lib/two-factor/requirement";

let database: TestDatabase;
let admin: SessionUser;

beforeEach(async () => {
  database = createTestDatabase();
  const created = await database.client.user.create({
    data: { email: "boss@example.com", name: "Boss", role: "ADMIN", status: "ACTIVE", passwordHash: "x" },
  });
  admin = { id: created.id, email: created.email, name: created.name, role: created.role };
});
afterEach(() => database.dispose());

const input = (fields: Record<string, string>) =>
  siteSettingsSchema.parse({
    name: "The Harbour Gazette",
    description: "",
    language: "en",
    timeZone: "UTC",
    socialLinks: "",
    ...fields,
  });

describe("site settings", () => {
  it("are the environment's defaults until an admin saves them", async () => {
    expect(await readSiteSettings(database.client)).toEqual(settingsFromEnv());
  });

  it("save and read back, audited, and expire every page that shows them", async () => {
    const result = await saveSiteSettings(
      database.client,
      input({ language: "EN-gb", timeZone: "Europe/Moscow", socialLinks: "social.example/gazette" }),
      { actor: admin, ip: "203.0.113.1" },
    );
    expect(result).toMatchObject({ ok: true, revalidate: { settings: true } });
    if (!result.ok) throw new Error(result.message);
    expect(tagsToExpire(result.revalidate)).toEqual(["settings"]);
    const saved = await readSiteSettings(database.client);
    expect(saved).toEqual({
      name: "The Harbour Gazette",
      description: "The Harbour Gazette: news, analysis and reporting.",
      language: "en-GB",
      timeZone: "Europe/Moscow",
      socialLinks: ["https://social.example/gazette"],
      logo: null,
    });
    const event = await database.client.auditEvent.findFirstOrThrow({ where: { action: "settings.update" } });
    expect(JSON.parse(event.details)).toMatchObject({
      changed: ["name", "description", "language", "timeZone", "socialLinks"],
      to: "The Harbour Gazette",
    });
  });

  it("refuse a logo that is not there, and a language that is not one", async () => {
    expect(
      await saveSiteSettings(database.client, input({ logoMediaId: "gone" }), { actor: admin, ip: "" }),
    ).toMatchObject({ ok: false, field: "logoMediaId" });
    expect(await database.client.siteSettings.count()).toBe(0);
    const bad = siteSettingsSchema.safeParse({
      name: "X",
      language: "english please",
      timeZone: "UTC",
      socialLinks: "",
    });
    expect(bad.error?.issues[0]).toMatchObject({
      path: ["language"],
      message: "Use a language code such as en or en-GB.",
    });
  });

  it("refuse a time zone that is not one", () => {
    const bad = siteSettingsSchema.safeParse({ name: "X", language: "en", timeZone: "Mars/Olympus", socialLinks: "" });
    expect(bad.error?.issues[0]).toMatchObject({ path: ["timeZone"] });
  });

  it("give the publisher its uploaded logo, absolute, or the built-in one", () => {
    const site = toSiteInfo(
      { ...settingsFromEnv(), logo: { id: "m1", fileName: "abc.webp", width: 600, height: 200 } },
      "https://news.example.com",
    );
    expect(site.logo).toEqual({ url: "https://news.example.com/media/abc.webp", width: 600, height: 200 });
    expect(toSiteInfo(settingsFromEnv(), "https://news.example.com").logo.url).toBe(
      "https://news.example.com/logo.png",
    );
  });
});

describe("the roles that require two-factor sign-in", () => {
  const audited = async () =>
    (await database.client.auditEvent.findMany({ where: { action: "settings.update" }, orderBy: { id: "asc" } })).map(
      (event) => JSON.parse(event.details) as unknown,
    );

  it("are read from one checkbox per role", () => {
    expect(twoFactorRolesSchema.parse({ EDITOR: "on", ADMIN: "on" })).toEqual(["ADMIN", "EDITOR"]);
    expect(twoFactorRolesSchema.parse({})).toEqual([]);
    expect(twoFactorRolesSchema.safeParse({ WRITER: "yes please" }).error?.issues[0]).toMatchObject({
      path: ["WRITER"],
    });
  });

  it("save before any other setting, leaving those at the environment's defaults, audited before and after", async () => {
    await saveTwoFactorRoles(database.client, ["EDITOR", "ADMIN"], { actor: admin, ip: "" });
    expect(await twoFactorRoles(database.client)).toEqual(["EDITOR", "ADMIN"]);
    expect(await readSiteSettings(database.client)).toEqual(settingsFromEnv());

    const result = await saveTwoFactorRoles(database.client, [], { actor: admin, ip: "" });
    expect(result.message).toBe("No role requires two-factor authentication now.");
    expect(await twoFactorRoles(database.client)).toEqual([]);
    expect(await audited()).toEqual([
      { changed: ["twoFactorRoles"], from: [], to: ["EDITOR", "ADMIN"] },
      { changed: ["twoFactorRoles"], from: ["EDITOR", "ADMIN"], to: [] },
    ]);
  });

  it("are kept when the other settings are saved, and a save that changes nothing records nothing", async () => {
    await saveTwoFactorRoles(database.client, ["ADMIN"], { actor: admin, ip: "" });
    await saveSiteSettings(database.client, input({}), { actor: admin, ip: "" });
    expect(await twoFactorRoles(database.client)).toEqual(["ADMIN"]);
    await saveTwoFactorRoles(database.client, ["ADMIN"], { actor: admin, ip: "" });
    expect(await audited()).toHaveLength(2);
  });
});
