import { createRequire } from "node:module";
import fc from "fast-check";
import { modifyRouteRegex } from "next/dist/lib/redirect-status";
import { getScriptNonceFromHeader } from "next/dist/server/app-render/get-script-nonce-from-header";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { describe, expect, it } from "vitest";
import {
  fixedSecurityHeaders,
  HSTS_MAX_AGE_SECONDS,
  isNonceArea,
  NONCE_AREAS,
  newNonce,
  READER_CSP_SOURCE,
  readerContentSecurityPolicy,
  type SecurityOptions,
  securityHeaderRules,
  staffContentSecurityPolicy,
} from "@/lib/security/headers";
import { config as proxyConfig } from "@/proxy";

const HTTP: SecurityOptions = { siteUrl: "http://localhost:3000", development: false };
const HTTPS: SecurityOptions = { siteUrl: "https://news.example.com", development: false };
const DEV: SecurityOptions = { siteUrl: "http://localhost:3000", development: true };

/** The sources of one directive, or undefined when the policy lacks it. */
function directive(policy: string, name: string): string[] | undefined {
  const found = policy
    .split(";")
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name);
  return found?.slice(1);
}

function header(options: SecurityOptions, key: string): string | undefined {
  return fixedSecurityHeaders(options).find((h) => h.key === key)?.value;
}

/** As Next matches a next.config.ts `headers()` source against a path (its router-utils/filesystem.js). */
const matches = (source: string, pathname: string) =>
  getPathMatch(source, { strict: true, regexModifier: (regex) => modifyRouteRegex(regex) })(pathname) !== false;

/** Next's own reading of a proxy matcher, which its published types leave out. */
const { getMiddlewareMatchers } = createRequire(import.meta.url)("next/dist/build/analysis/get-page-static-info") as {
  getMiddlewareMatchers(matcher: readonly string[], nextConfig: object): { regexp: string }[];
};

/** As Next decides whether the proxy runs for a path. */
const proxyRuns = (pathname: string) =>
  getMiddlewareMatchers(proxyConfig.matcher, {}).some((matcher) => new RegExp(matcher.regexp).test(pathname));

describe("fixedSecurityHeaders", () => {
  it("forbids sniffing, framing and full referrers elsewhere", () => {
    expect(header(HTTP, "X-Content-Type-Options")).toBe("nosniff");
    expect(header(HTTP, "X-Frame-Options")).toBe("DENY");
    expect(header(HTTP, "Referrer-Policy")).toBe("strict-origin-when-cross-origin");
  });

  it("turns off the device features Byline does not use, but not the clipboard", () => {
    const policy = header(HTTP, "Permissions-Policy") ?? "";
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]) {
      expect(policy.split(", ")).toContain(`${feature}=()`);
    }
    expect(policy).not.toContain("clipboard");
  });

  it("asks for https for a year, subdomains included, only when the site is on https", () => {
    expect(header(HTTPS, "Strict-Transport-Security")).toBe(`max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`);
    expect(HSTS_MAX_AGE_SECONDS).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
    expect(header(HTTP, "Strict-Transport-Security")).toBeUndefined();
  });
});

describe("readerContentSecurityPolicy", () => {
  const policy = readerContentSecurityPolicy(HTTP);

  it("is the same for every request, so a cached page can carry it", () => {
    expect(readerContentSecurityPolicy(HTTP)).toBe(policy);
    expect(policy).not.toMatch(/nonce-/);
  });

  it("runs scripts from this site only, never eval, and no plugins", () => {
    expect(directive(policy, "script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive(policy, "default-src")).toEqual(["'self'"]);
    expect(directive(policy, "object-src")).toEqual(["'none'"]);
  });

  it("allows no <base>, no form posting off-site, and no framing", () => {
    expect(directive(policy, "base-uri")).toEqual(["'none'"]);
    expect(directive(policy, "form-action")).toEqual(["'self'"]);
    expect(directive(policy, "frame-ancestors")).toEqual(["'none'"]);
  });

  it("upgrades insecure requests only on an https site", () => {
    expect(directive(readerContentSecurityPolicy(HTTPS), "upgrade-insecure-requests")).toEqual([]);
    expect(directive(policy, "upgrade-insecure-requests")).toBeUndefined();
  });

  it("lets React's development build use eval, and only it", () => {
    expect(directive(readerContentSecurityPolicy(DEV), "script-src")).toContain("'unsafe-eval'");
    expect(directive(staffContentSecurityPolicy("abc", DEV), "script-src")).toContain("'unsafe-eval'");
    expect(directive(staffContentSecurityPolicy("abc", HTTP), "script-src")).not.toContain("'unsafe-eval'");
  });
});

describe("staffContentSecurityPolicy", () => {
  it("runs only scripts with this response's nonce, and what they load", () => {
    const nonce = newNonce();
    const script = directive(staffContentSecurityPolicy(nonce, HTTP), "script-src");
    expect(script).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(script).not.toContain("'unsafe-inline'");
  });

  it("names the nonce where Next finds it, to put it on its own scripts", () => {
    for (let i = 0; i < 100; i++) {
      const nonce = newNonce();
      expect(getScriptNonceFromHeader(staffContentSecurityPolicy(nonce, HTTPS))).toBe(nonce);
    }
  });

  it("keeps every other rule of the reader policy", () => {
    const staff = staffContentSecurityPolicy("abc", HTTPS);
    const reader = readerContentSecurityPolicy(HTTPS);
    for (const name of ["default-src", "style-src", "object-src", "base-uri", "form-action"]) {
      expect(directive(staff, name)).toEqual(directive(reader, name));
    }
    expect(directive(staff, "upgrade-insecure-requests")).toEqual([]);
  });
});

describe("securityHeaderRules", () => {
  it("holds no ':' in a value, which Next would compile as a path pattern on every request", () => {
    for (const options of [HTTPS, { ...HTTPS, siteUrl: "http://localhost:3000" }]) {
      for (const rule of securityHeaderRules(options)) {
        for (const header of rule.headers) expect(header.value, header.key).not.toContain(":");
      }
    }
  });
});

describe("newNonce", () => {
  it("is 128 random bits, different every time", () => {
    const nonces = Array.from({ length: 200 }, newNonce);
    expect(new Set(nonces).size).toBe(nonces.length);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("which pages get which policy", () => {
  const segment = fc.stringMatching(/^[a-z0-9.-]{1,12}$/);
  const anyPath = fc.oneof(
    fc.array(segment, { maxLength: 4 }).map((parts) => `/${parts.join("/")}`),
    fc
      .tuple(fc.constantFrom(...NONCE_AREAS), fc.array(segment, { maxLength: 3 }))
      .map(([area, parts]) => [area, ...parts].join("/")),
  );

  it("gives the fixed headers to every address", () => {
    const rule = securityHeaderRules(HTTP).find((candidate) =>
      candidate.headers.some((h) => h.key === "X-Content-Type-Options"),
    );
    fc.assert(fc.property(anyPath, (pathname) => matches(rule?.source ?? "", pathname)));
  });

  it("gives the reader policy to every address outside the per-request pages", () => {
    fc.assert(
      fc.property(anyPath, (pathname) => {
        expect(matches(READER_CSP_SOURCE, pathname)).toBe(!isNonceArea(pathname));
      }),
    );
    for (const pathname of ["/", "/articles/a-story", "/editorials", "/sections/admin", "/api/health", "/feed.xml"]) {
      expect(matches(READER_CSP_SOURCE, pathname), pathname).toBe(true);
    }
    for (const pathname of ["/editor", "/editor/stories/1", "/admin/users", "/login", "/invite/abc", "/reset/abc"]) {
      expect(matches(READER_CSP_SOURCE, pathname), pathname).toBe(false);
    }
  });

  it("runs the proxy, which sets the nonce policy, on every per-request page and no reader page", () => {
    fc.assert(
      fc.property(anyPath, (pathname) => {
        expect(proxyRuns(pathname), pathname).toBe(isNonceArea(pathname));
      }),
    );
  });
});
