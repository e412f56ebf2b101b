/**
 * Telling others of an expiry (Varnish, the site's other servers) after the
 * response: a failure is logged and tried again a few times with a growing
 * pause; it never throws, so no save waits on them or fails because of them.
 */
export const RETRY_DELAYS_MS = [500, 2_000, 8_000, 30_000] as const;

export type Sleep = (ms: number) => Promise<void>;
const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

export type RetryOptions = { delays?: readonly number[]; wait?: Sleep };

/** Runs `attempt` until it resolves; true then, false once every retry failed. `what` names it in the log. */
export async function retrying(
  what: string,
  attempt: () => Promise<void>,
  { delays = RETRY_DELAYS_MS, wait = sleep }: RetryOptions = {},
): Promise<boolean> {
  for (let tried = 0; ; tried++) {
    try {
      await attempt();
      return true;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const retryIn = delays[tried];
      console.error(
        `${what} failed (attempt ${tried + 1}): ${reason}.` +
          (retryIn === undefined ? " Giving up." : ` Retrying in ${retryIn} ms.`),
      );
      if (retryIn === undefined) return false;
      await wait(retryIn);
    }
  }
}
