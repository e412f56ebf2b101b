import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, loginPath, safeNextPath, safeNextPathOrNone } from "@/lib/auth/next-path";

describe("safeNextPath", () => {
  it("keeps a path on this site with its query and fragment", () => {
    expect(safeNextPath("/admin/users?role=WRITER&q=ann")).toBe("/admin/users?role=WRITER&q=ann");
    expect(safeNextPath("/editor/articles/abc#body")).toBe("/editor/articles/abc#body");
  });

  it.each([
    ["another site", "https://evil.example/admin"],
    ["a protocol-relative address", "//evil.example"],
    ["a backslash trick", "/\\evil.example"],
    ["a script URL", "javascript:alert(1)"],
    ["a relative path", "admin/users"],
    ["a control character", "/admin\n/users"],
    ["nothing", ""],
  ])("refuses %s", (_, next) => {
    expect(safeNextPath(next)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it("uses the given fallback, or none", () => {
    expect(safeNextPath(undefined, "/account")).toBe("/account");
    expect(safeNextPathOrNone("//evil.example")).toBeUndefined();
    expect(safeNextPathOrNone("/account")).toBe("/account");
  });
});

describe("loginPath", () => {
  it("carries where to go back to and why", () => {
    expect(loginPath()).toBe("/login");
    expect(loginPath({ next: "/admin/users?role=ADMIN" })).toBe("/login?next=%2Fadmin%2Fusers%3Frole%3DADMIN");
    expect(loginPath({ next: "/account", reason: "session-ended" })).toBe(
      "/login?next=%2Faccount&reason=session-ended",
    );
  });
});
