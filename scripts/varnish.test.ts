import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BACKEND_IDLE_SECONDS, findVarnishProgram, renderVcl, VCL_TEMPLATE, varnishdArguments } from "./varnish";

const template = readFileSync(VCL_TEMPLATE, "utf8");

describe("renderVcl", () => {
  it("puts the two servers' addresses in the shipped VCL and changes nothing else", () => {
    const vcl = renderVcl(template, {
      backend: { host: "127.0.0.1", port: 3511 },
      newsroom: { host: "127.0.0.1", port: 3512 },
    });
    expect(vcl).toContain('backend byline {\n    .host = "127.0.0.1";\n    .port = "3511";');
    expect(vcl).toContain('backend newsroom {\n    .host = "127.0.0.1";\n    .port = "3512";');
    expect(vcl.replace('.port = "3511"', '.port = "3001"').replace('.port = "3512"', '.port = "3002"')).toBe(template);
  });

  it("sends the newsroom to the readers' server when the site runs one", () => {
    const vcl = renderVcl(template, { backend: { host: "app.internal", port: 8080 } });
    expect(vcl.match(/\.host = "[^"]*"/g)).toEqual(['.host = "app.internal"', '.host = "app.internal"']);
    expect(vcl.match(/\.port = "[^"]*"/g)).toEqual(['.port = "8080"', '.port = "8080"']);
    expect(vcl).toContain('.url = "/api/health";');
  });

  it("replaces the purge ACL when given addresses and networks", () => {
    const vcl = renderVcl(template, {
      backend: { host: "127.0.0.1", port: 3000 },
      purgers: ["10.1.2.3", "192.168.0.0/16", "fd00::/8"],
    });
    expect(vcl).toContain('acl purgers {\n    "10.1.2.3";\n    "192.168.0.0"/16;\n    "fd00::"/8;\n}');
    expect(vcl).not.toContain('"127.0.0.1";\n    "::1";');
  });

  it("refuses what would make a broken or different VCL", () => {
    const backend = { host: "127.0.0.1", port: 3000 };
    expect(() => renderVcl(template, { backend: { host: 'x"; }', port: 3000 } })).toThrow(/backend host/);
    expect(() => renderVcl(template, { backend: { host: "127.0.0.1", port: 0 } })).toThrow(/backend port/);
    expect(() => renderVcl(template, { backend: { host: "127.0.0.1", port: 3000.5 } })).toThrow(/backend port/);
    expect(() => renderVcl(template, { backend, newsroom: { host: "127.0.0.1", port: 70_000 } })).toThrow(
      /backend port/,
    );
    expect(() => renderVcl(template, { backend, purgers: ["10.0.0.0/33"] })).toThrow(/purge ACL/);
    expect(() => renderVcl(template, { backend, purgers: ["everyone"] })).toThrow(/purge ACL/);
    expect(() => renderVcl(template, { backend, purgers: [] })).toThrow(/at least one/);
    expect(() => renderVcl("vcl 4.1;\n", { backend })).toThrow(/backend byline/);
    expect(() => renderVcl(template.replace("backend newsroom", "backend staff"), { backend })).toThrow(
      /backend newsroom/,
    );
  });
});

describe("varnishdArguments", () => {
  it("runs varnishd in the foreground with its own work folder, VCL and storage", () => {
    expect(varnishdArguments({ listen: ":3000", vclFile: "/tmp/v/byline.vcl", workDir: "/tmp/v/varnishd" })).toEqual([
      "-F",
      "-a",
      ":3000",
      "-f",
      "/tmp/v/byline.vcl",
      "-n",
      "/tmp/v/varnishd",
      "-s",
      "malloc,64m",
      "-p",
      "backend_idle_timeout=4",
    ]);
    expect(
      varnishdArguments({ listen: "127.0.0.1:0", vclFile: "/v.vcl", workDir: "/w", storage: "malloc,1g" }),
    ).toContain("malloc,1g");
  });

  it("drops idle connections to the app before Node closes them (its keep-alive is 5 s)", () => {
    expect(BACKEND_IDLE_SECONDS * 1000).toBeLessThan(createServer().keepAliveTimeout);
  });

  it("refuses relative paths, which varnishd would look up elsewhere", () => {
    expect(() => varnishdArguments({ listen: ":3000", vclFile: "byline.vcl", workDir: "/w" })).toThrow(/absolute/);
  });
});

describe("findVarnishProgram", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  function fakeProgram(name: string, mode = 0o755): string {
    dir ??= mkdtempSync(path.join(os.tmpdir(), "byline-varnish-bin-"));
    const file = path.join(dir, name);
    writeFileSync(file, "#!/bin/sh\n");
    chmodSync(file, mode);
    return file;
  }

  it("takes VARNISHD when it is an executable, and nothing when it is not", () => {
    const varnishd = fakeProgram("my-varnishd");
    expect(findVarnishProgram("varnishd", { VARNISHD: varnishd, PATH: "" })).toBe(varnishd);
    expect(findVarnishProgram("varnishd", { VARNISHD: fakeProgram("plain", 0o644), PATH: "" })).toBeUndefined();
  });

  it("looks in PATH before the sbin folders", () => {
    const varnishadm = fakeProgram("varnishadm");
    expect(findVarnishProgram("varnishadm", { PATH: path.dirname(varnishadm) })).toBe(varnishadm);
  });
});
