import { describe, expect, it } from "vitest";
import { isCrossOrigin } from "@/lib/http/same-origin";

const SITE = "https://news.example.com";
const judge = (headers: Record<string, string>) => isCrossOrigin(new Headers(headers), SITE);

describe("isCrossOrigin", () => {
  it.each([
    ["a page at SITE_URL", { origin: SITE, "sec-fetch-site": "same-origin" }],
    ["a page at the address the browser asked for", { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }],
    ["a client that sends neither Origin nor Sec-Fetch-Site", {}],
    ["a browser that sends only Sec-Fetch-Site", { "sec-fetch-site": "same-origin" }],
  ])("lets through %s", (_, headers) => {
    expect(judge(headers)).toBe(false);
  });

  it.each([
    ["another site", { origin: "https://attacker.example", host: "news.example.com" }],
    ["another site, without a Host header", { origin: "https://attacker.example" }],
    ["another scheme of SITE_URL's host, claimed through another Host", { origin: "http://news.example.com" }],
    ["a sibling subdomain", { origin: "https://blog.example.com", "sec-fetch-site": "same-site" }],
    ["a browser that says cross-site even with a matching Origin", { origin: SITE, "sec-fetch-site": "cross-site" }],
    ["a sandboxed frame or a file", { origin: "null", host: "news.example.com" }],
    ["an Origin that is no address", { origin: "not a url", host: "news.example.com" }],
  ])("refuses %s", (_, headers) => {
    expect(judge(headers)).toBe(true);
  });
});
