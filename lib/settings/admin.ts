import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Revalidation } from "@/lib/cache/tags";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { readSiteSettings, settingsFromEnv } from "@/lib/settings/queries";
import type { SiteSettingsInput } from "@/lib/settings/schema";
import { twoFactorRoles } from "@/lib/two-factor/requirement";
import { ROLE_LABELS } from "@/lib/users/fields";

export type SettingsResult =
  | { ok: true; message: string; revalidate: Revalidation }
  | { ok: false; message: string; field?: "logoMediaId" };

/** Saves the publication's settings, audited; every reader page and feed that shows them expires. */
export async function saveSiteSettings(
  client: PrismaClient,
  input: SiteSettingsInput,
  { actor, ip }: { actor: SessionUser; ip: string },
): Promise<SettingsResult> {
  return client.$transaction(async (tx) => {
    if (input.logoMediaId && !(await tx.media.findUnique({ where: { id: input.logoMediaId }, select: { id: true } })))
      return { ok: false, message: "That logo is no longer there. Upload it again.", field: "logoMediaId" };
    const before = await readSiteSettings(tx);
    const fields = {
      name: input.name,
      description: input.description,
      language: input.language,
      timeZone: input.timeZone,
      logoMediaId: input.logoMediaId || null,
      socialLinks: JSON.stringify(input.socialLinks),
    };
    await tx.siteSettings.upsert({ where: { id: "site" }, update: fields, create: { id: "site", ...fields } });
    const changed = [
      ...(before.name !== input.name ? ["name"] : []),
      ...(before.description !== input.description ? ["description"] : []),
      ...(before.language !== input.language ? ["language"] : []),
      ...(before.timeZone !== input.timeZone ? ["timeZone"] : []),
      ...((before.logo?.id ?? "") !== input.logoMediaId ? ["logo"] : []),
      ...(JSON.stringify(before.socialLinks) !== fields.socialLinks ? ["socialLinks"] : []),
    ];
    await recordAudit(tx, {
      action: "settings.update",
      actor,
      targetType: "settings",
      targetId: "site",
      details: { changed, ...(changed.includes("name") && { from: before.name, to: input.name }) },
      ip,
    });
    return {
      ok: true,
      message: "The settings are saved. Every reader page and feed shows them now.",
      revalidate: { articleIds: [], taxonomy: false, settings: true },
    };
  });
}

/**
 * Saves the roles whose users must sign in with a second factor, audited
 * with the roles before and after. It applies from each user's next request
 * (lib/auth/session.ts reads it every time); no reader page shows it.
 */
export async function saveTwoFactorRoles(
  client: PrismaClient,
  roles: readonly Role[],
  { actor, ip }: { actor: SessionUser; ip: string },
): Promise<{ message: string }> {
  return client.$transaction(async (tx) => {
    const before = await twoFactorRoles(tx);
    const stored = JSON.stringify(roles);
    await tx.siteSettings.upsert({
      where: { id: "site" },
      update: { twoFactorRoles: stored },
      // Only the name is required; the other settings keep following the environment until an admin saves them.
      create: { id: "site", name: settingsFromEnv().name, twoFactorRoles: stored },
    });
    if (JSON.stringify([...before].sort()) !== JSON.stringify([...roles].sort())) {
      await recordAudit(tx, {
        action: "settings.update",
        actor,
        targetType: "settings",
        targetId: "site",
        details: { changed: ["twoFactorRoles"], from: before, to: roles },
        ip,
      });
    }
    if (roles.length === 0) return { message: "No role requires two-factor authentication now." };
    const labels = roles.map((role) => ROLE_LABELS[role]).join(", ");
    return {
      message: `Two-factor authentication is required for: ${labels}. Anyone in these roles without it is sent to set it up before anything else.`,
    };
  });
}
