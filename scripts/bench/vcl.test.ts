import { describe, expect, it } from "vitest";
import { pointBackendsAt } from "./vcl";

const PRODUCTION_VCL = `vcl 4.1;
import xkey;

# backend old { .host = "10.0.0.1"; .port = "80"; }
backend default {
  .host = "localhost";
  .port = "3000";
  .probe = {
    .url = "/api/health";
    .interval = 5s;
  }
  .first_byte_timeout = 60s;
}

sub vcl_recv {
  if (req.url ~ "^/api/") { return (pass); }
}
`;

describe("pointBackendsAt", () => {
  it("points the backend at the bench's server and changes nothing else", () => {
    const pointed = pointBackendsAt(PRODUCTION_VCL, "127.0.0.1", 3600);
    expect(pointed).toBe(
      PRODUCTION_VCL.replace('.host = "localhost"', '.host = "127.0.0.1"').replace('.port = "3000"', '.port = "3600"'),
    );
  });

  it("finds the end of a backend past a nested probe, and leaves commented-out backends alone", () => {
    const pointed = pointBackendsAt(PRODUCTION_VCL, "127.0.0.1", 3600);
    expect(pointed).toContain('# backend old { .host = "10.0.0.1"; .port = "80"; }');
    expect(pointed).toContain(".first_byte_timeout = 60s;\n}\n\nsub vcl_recv");
  });

  it("points every backend when there are several", () => {
    const two = `backend a { .host = "127.0.0.1"; .port = "3000"; }\nbackend b {\n .host = "127.0.0.1"; .port = "3001";\n}\n`;
    expect(pointBackendsAt(two, "127.0.0.1", 3650).match(/\.port = "3650"/g)).toHaveLength(2);
  });

  it("refuses a VCL it cannot point at the bench's server", () => {
    expect(() => pointBackendsAt("vcl 4.1;\nbackend default none;\n", "127.0.0.1", 3600)).toThrow(/no `backend/);
    expect(() => pointBackendsAt('backend s { .path = "/run/next.sock"; }', "127.0.0.1", 3600)).toThrow(/no `\.port/);
  });
});
