import { z } from "zod";
import { normalizeWebUrl } from "@/lib/content/links";

/** A typed web address, normalised; "example.com/name" (how people copy one) gets https://. Null if it is not one. */
export function webAddressFromInput(typed: string): string | null {
  return normalizeWebUrl(/^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`);
}

/**
 * A textarea of web addresses, one a line, parsed into a list. Blank lines
 * and repeats are dropped, a bare "example.com/name" gets https://, and a
 * line that is not an http(s) address is named in the message.
 */
export function urlLinesSchema(label: string, max: number) {
  return z
    .string()
    .default("")
    .transform((text, context) => {
      const lines = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
      if (lines.length > max) {
        context.addIssue({ code: "custom", message: `${label}: at most ${max} addresses.` });
        return z.NEVER;
      }
      const urls: string[] = [];
      for (const [index, line] of lines.entries()) {
        const url = webAddressFromInput(line);
        if (!url) {
          context.addIssue({
            code: "custom",
            message: `${label}, line ${index + 1}: “${line.slice(0, 60)}” is not a web address starting with https://.`,
          });
          return z.NEVER;
        }
        urls.push(url);
      }
      return [...new Set(urls)];
    });
}

/** A stored list of addresses (JSON), back as a list; anything else is an empty list. */
export function parseUrlList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

/** How a link to a profile reads: its host, without "www." ("social.example"). */
export function addressLabel(url: string): string {
  return new URL(url).host.replace(/^www\./, "");
}
