import type { JsonLd as JsonLdData } from "@/lib/seo/json-ld";

/**
 * Structured data for search engines. JSON inside <script> is not HTML, so
 * React's text escaping does not apply; "<" is escaped instead so no value
 * (a headline, say) can close the script element.
 */
export function JsonLd({ data }: { data: JsonLdData }) {
  return (
    <script
      type="application/ld+json"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD is JSON, not HTML; "<" is escaped so it cannot close the script.
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  );
}
