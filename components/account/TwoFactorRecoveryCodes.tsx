"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { BUTTON } from "@/components/forms/styles";

/** The ten recovery codes, shown once right after two-factor sign-in is turned on. */
export function TwoFactorRecoveryCodes({ message, codes }: { message: string; codes: string[] }) {
  const router = useRouter();
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-col items-start gap-3">
      <FormMessage state={{ status: "success", message }} />
      <h3 className="text-lg font-bold">Your recovery codes</h3>
      <p>
        Keep these codes somewhere safe, such as a password manager. If you lose your phone, each code signs you in once
        in place of an authentication code. This is the only time they are shown.
      </p>
      <ol aria-label="Recovery codes" className="grid grid-cols-2 gap-x-8 gap-y-1 font-mono text-base">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={BUTTON.secondary}
          onClick={async () => {
            await navigator.clipboard.writeText(codes.join("\n"));
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy codes"}
        </button>
        <button type="button" className={BUTTON.primary} onClick={() => router.refresh()}>
          I have saved my recovery codes
        </button>
      </div>
    </div>
  );
}
