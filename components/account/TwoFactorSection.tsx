import { TwoFactorSetup } from "@/components/account/TwoFactorSetup";
import { TwoFactorStartButton } from "@/components/account/TwoFactorStartButton";
import { TwoFactorTurnOffForm } from "@/components/account/TwoFactorTurnOffForm";
import { newsroomTimeZone } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/time";
import { readTwoFactorStatus } from "@/lib/two-factor/queries";
import { RECOVERY_CODE_COUNT } from "@/lib/two-factor/recovery-codes";

/** /account's "Two-factor authentication" section (anchor #two-factor): set it up, or see it is on and turn it off. */
export async function TwoFactorSection({ userId }: { userId: string }) {
  const [status, timeZone] = await Promise.all([readTwoFactorStatus(userId), newsroomTimeZone()]);
  return (
    <section id="two-factor" aria-labelledby="two-factor-heading" className="mb-10 max-w-xl scroll-mt-4">
      <h2 id="two-factor-heading" className="mb-2 text-xl font-bold">
        Two-factor authentication
      </h2>
      {status.state === "off" && (
        <>
          <p className="mb-4">
            Off. With it on, signing in takes a code from an authenticator app on your phone as well as your password,
            so a stolen password alone is not enough.
          </p>
          <TwoFactorStartButton />
        </>
      )}
      {status.state === "setting-up" && <TwoFactorSetup setupKey={status.setupKey} qrCode={status.qrCode} />}
      {status.state === "on" && (
        <>
          <p className="mb-2">
            <strong>On</strong> since {formatDateTime(status.since, timeZone)}. Signing in takes your password and a
            code from your authenticator app.
          </p>
          <p className="mb-6">
            {status.recoveryCodesLeft} of {RECOVERY_CODE_COUNT} recovery codes left.
            {status.recoveryCodesLeft <= 2 &&
              " To get new ones, turn two-factor authentication off and set it up again."}
          </p>
          <h3 className="mb-3 text-lg font-bold">Turn off</h3>
          <TwoFactorTurnOffForm />
        </>
      )}
    </section>
  );
}
