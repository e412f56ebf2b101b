import Bowser from "bowser";

/** What a session list shows for a browser: "Firefox on Linux", "Safari on iOS". */
export function describeDevice(userAgent: string): string {
  if (!userAgent.trim()) return "Unknown browser";
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name || "Unknown browser";
  const os = parsed.os.name;
  return os ? `${browser} on ${os}` : browser;
}
