import type { MailMessage } from "@/lib/mail/sender";
import { formatDateTime } from "@/lib/time";

export type OneTimeLinkKind = "invitation" | "reset";

const WORDING: Record<OneTimeLinkKind, { subject: (site: string) => string; lead: (site: string) => string }> = {
  invitation: {
    subject: (site) => `You are invited to ${site}`,
    lead: (site) => `You have been invited to the ${site} newsroom. Choose your password here:`,
  },
  reset: {
    subject: (site) => `Reset your ${site} password`,
    lead: (site) => `An administrator made a link for you to choose a new ${site} password:`,
  },
};

/** The mail that carries an invitation or password-reset link. */
export function oneTimeLinkMessage(
  kind: OneTimeLinkKind,
  {
    to,
    name,
    link,
    expiresAt,
    site,
  }: { to: string; name: string; link: string; expiresAt: Date; site: { name: string; timeZone: string } },
): MailMessage {
  const wording = WORDING[kind];
  return {
    to,
    subject: wording.subject(site.name),
    text: `Hello ${name},\n\n${wording.lead(site.name)}\n\n${link}\n\nThe link works once and expires ${formatDateTime(expiresAt, site.timeZone)}.\n`,
  };
}
