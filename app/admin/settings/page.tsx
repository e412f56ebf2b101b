import type { Metadata } from "next";
import { SettingsForm, TwoFactorRolesForm } from "@/components/admin/SettingsForm";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { mediaUrl } from "@/lib/media/urls";
import { readSiteSettings } from "@/lib/settings/queries";
import { twoFactorRoles } from "@/lib/two-factor/requirement";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePermission("settings.manage", null);
  const [settings, requiredRoles] = await Promise.all([readSiteSettings(), twoFactorRoles(db)]);
  // Every zone this server knows, UTC (which Intl lists under no region), and the one set, whatever it is.
  const timeZones = [...new Set(["UTC", settings.timeZone, ...Intl.supportedValuesOf("timeZone")])].sort();
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Settings</h1>
      <p className="mb-6 max-w-prose text-sm">
        The publication as readers, feed readers and search engines see it. Until these are saved, the environment’s
        defaults apply (<code>SITE_NAME</code>, <code>NEWSROOM_TIME_ZONE</code>).
      </p>
      <div className="max-w-xl">
        <SettingsForm
          settings={settings}
          logo={settings.logo && { id: settings.logo.id, src: mediaUrl(settings.logo.fileName) }}
          timeZones={timeZones}
        />
      </div>
      <section aria-labelledby="two-factor-heading" className="mt-10 max-w-xl">
        <h2 id="two-factor-heading" className="mb-3 text-xl font-bold">
          Two-factor sign-in
        </h2>
        <TwoFactorRolesForm required={requiredRoles} />
      </section>
    </>
  );
}
