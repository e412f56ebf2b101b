export type MailMessage = { to: string; subject: string; text: string };

/**
 * Sends mail. Byline ships no mail server: one-time links are shown to the
 * admin who made them, and the default sender only notes in the server log
 * that a message was not sent. An SMTP sender implements this interface and
 * is returned by mailSender().
 */
export interface MailSender {
  send(message: MailMessage): Promise<void>;
}

/** Logs who would have received what, without the body (which holds a secret link). */
export const logMailSender: MailSender = {
  async send(message) {
    console.info(`[mail] not sent (no mail transport configured): "${message.subject}" to ${message.to}`);
  },
};

export function mailSender(): MailSender {
  return logMailSender;
}
