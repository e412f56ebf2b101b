import { EndOtherSessionsForm, YourSessionsForm } from "@/components/account/SessionsForms";
import { sessionRows } from "@/components/account/SessionsTable";
import { db } from "@/lib/db";
import { siteInfo } from "@/lib/seo/site";
import { listActiveSessions } from "@/lib/sessions/store";

/** /account's "Sessions": where you are signed in, with a way to end any of it but the session in use. */
export async function SessionsSection({ userId, currentSessionId }: { userId: string; currentSessionId: string }) {
  const [sessions, { timeZone }] = await Promise.all([listActiveSessions(db, userId), siteInfo()]);
  const rows = sessionRows(sessions, { currentSessionId, timeZone });
  return (
    <section id="sessions" aria-labelledby="sessions-heading" className="mb-10 max-w-3xl">
      <h2 id="sessions-heading" className="mb-2 text-xl font-bold">
        Sessions
      </h2>
      <p className="mb-4 max-w-prose text-sm">
        Where you are signed in now. If you see one you do not recognise, sign it out and change your password.
      </p>
      <YourSessionsForm rows={rows} />
      <div className="mt-4">
        <EndOtherSessionsForm />
      </div>
    </section>
  );
}
