/**
 * Varnish in front of Byline, for `npm run serve:cached` and the tests:
 * deploy/varnish/byline.vcl rendered for a backend, and varnishd run in the
 * foreground with a private work folder that goes when it stops.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { exited, hasExited } from "./servers";

export const VARNISH_INSTALL = "apt-get install varnish varnish-modules";
export const VCL_TEMPLATE = path.resolve(import.meta.dirname, "..", "deploy", "varnish", "byline.vcl");

export class VarnishMissingError extends Error {
  constructor() {
    super(
      `varnishd was not found (looked in PATH, /usr/sbin and /usr/local/sbin). Install Varnish and its modules ` +
        `(the xkey vmod): \`${VARNISH_INSTALL}\`, or set VARNISHD to the varnishd binary.`,
    );
  }
}

export type Backend = { host: string; port: number };
export type VclSettings = {
  /** Where the `next start` that renders reader pages listens. */
  backend: Backend;
  /** Where the staff's `next start` listens (deploy/varnish/byline.vcl's `newsroom`); the reader server when not given. */
  newsroom?: Backend;
  /** Addresses or networks ("10.0.0.0/8") allowed to PURGE, instead of the file's loopback. */
  purgers?: readonly string[];
};

const backendBlock = (name: string) => new RegExp(`^backend ${name} \\{\\n[\\s\\S]*?^\\}`, "m");
const ACL_BLOCK = /^acl purgers \{\n[\s\S]*?^\}/m;

function replaceBlock(vcl: string, block: RegExp, name: string, edit: (text: string) => string): string {
  const found = vcl.match(block);
  if (!found) throw new Error(`The VCL has no \`${name} { … }\` block to fill in.`);
  return vcl.replace(block, () => edit(found[0]));
}

function replaceSetting(block: string, setting: string, value: string): string {
  const line = new RegExp(`^(\\s*\\.${setting} = )"[^"]*";`, "m");
  if (!line.test(block)) throw new Error(`The VCL's backend has no .${setting} line to fill in.`);
  return block.replace(line, (_, start: string) => `${start}"${value}";`);
}

function aclEntry(entry: string): string {
  const [address = "", prefix, ...rest] = entry.split("/");
  const bits = isIP(address) === 6 ? 128 : 32;
  const prefixOk = prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= bits);
  if (!isIP(address) || !prefixOk || rest.length > 0) {
    throw new Error(`Not an address or network for the purge ACL: ${entry}`);
  }
  return prefix === undefined ? `    "${address}";` : `    "${address}"/${prefix};`;
}

function fillBackend(vcl: string, name: string, { host, port }: Backend): string {
  if (!/^[A-Za-z0-9.:-]+$/.test(host)) throw new Error(`Not a backend host: ${host}`);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`Not a backend port: ${port}`);
  return replaceBlock(vcl, backendBlock(name), `backend ${name}`, (block) =>
    replaceSetting(replaceSetting(block, "host", host), "port", String(port)),
  );
}

/** The VCL with these backends (and purge ACL) in place of the file's defaults; nothing else changes. */
export function renderVcl(template: string, { backend, newsroom = backend, purgers }: VclSettings): string {
  let vcl = fillBackend(fillBackend(template, "byline", backend), "newsroom", newsroom);
  if (purgers) {
    if (purgers.length === 0) throw new Error("The purge ACL needs at least one address.");
    const entries = purgers.map(aclEntry).join("\n");
    vcl = replaceBlock(vcl, ACL_BLOCK, "acl purgers", () => `acl purgers {\n${entries}\n}`);
  }
  return vcl;
}

export type VarnishdLayout = {
  /** `-a`: address:port to listen on (":3000" for every interface, port 0 for any free one). */
  listen: string;
  /** Absolute path of the VCL (varnishd looks relative ones up in its own vcl_path). */
  vclFile: string;
  /** `-n`: the instance's work folder, which must be writable. */
  workDir: string;
  storage?: string;
};

/**
 * How long Varnish keeps an idle connection to `next start`: less than Node
 * keeps it open (5 s), so Varnish, not the server, ends it. With Varnish's
 * default of 60 s, a request can go down a connection at the moment the
 * server closes it; a save sent that way is not retried (it may have been
 * received) and the editor gets a 503, as one did in a soak. Run a production
 * varnishd with the same `-p`.
 */
export const BACKEND_IDLE_SECONDS = 4;

/** varnishd's command line: in the foreground, so it stops with the process that started it. */
export function varnishdArguments({ listen, vclFile, workDir, storage = "malloc,64m" }: VarnishdLayout): string[] {
  if (!path.isAbsolute(vclFile) || !path.isAbsolute(workDir)) {
    throw new Error("varnishd needs absolute paths for the VCL and the work folder.");
  }
  const idle = ["-p", `backend_idle_timeout=${BACKEND_IDLE_SECONDS}`];
  return ["-F", "-a", listen, "-f", vclFile, "-n", workDir, "-s", storage, ...idle];
}

const SBIN_DIRS = ["/usr/sbin", "/usr/local/sbin"];

/** A Varnish program: $VARNISHD for varnishd, else PATH, else the sbin folders. */
export function findVarnishProgram(
  name: "varnishd" | "varnishadm" | "varnishstat",
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  if (name === "varnishd" && env.VARNISHD) return isExecutable(env.VARNISHD) ? env.VARNISHD : undefined;
  const dirs = [...(env.PATH ?? "").split(path.delimiter).filter(Boolean), ...SBIN_DIRS];
  return dirs.map((dir) => path.join(dir, name)).find(isExecutable);
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export type RunningVarnish = {
  /** http://host:port of the listening address. */
  url: string;
  port: number;
  /** The `-n` work folder, for varnishadm, varnishstat and varnishlog. */
  workDir: string;
  process: ChildProcess;
  /** Runs a varnishadm command (`backend.list`, …) and returns what it printed. */
  admin: (...command: string[]) => Promise<string>;
  /** Stops varnishd and removes its folder. */
  stop: () => Promise<void>;
};

const run = promisify(execFile);

/**
 * Starts varnishd with byline.vcl in front of `backend`, in a fresh folder
 * under the system's temp folder, and resolves once it is listening.
 * Rejects with VarnishMissingError when Varnish is not installed, and with
 * varnishd's own words when it refuses to start (a VCL error, a taken port).
 */
export async function startVarnish({
  listen,
  backend,
  newsroom,
  purgers,
  storage,
  log = () => {},
}: {
  listen: string;
  backend: Backend;
  newsroom?: Backend;
  purgers?: readonly string[];
  storage?: string;
  /** Receives varnishd's output, line by line. */
  log?: (line: string) => void;
}): Promise<RunningVarnish> {
  const varnishd = findVarnishProgram("varnishd");
  const varnishadm = findVarnishProgram("varnishadm");
  if (!varnishd || !varnishadm) throw new VarnishMissingError();

  const root = mkdtempSync(path.join(os.tmpdir(), "byline-varnish-"));
  // Started as root, varnishd runs its cache process as an unprivileged user,
  // which must be able to reach the work folder inside this one.
  chmodSync(root, 0o755);
  const vclFile = path.join(root, "byline.vcl");
  const workDir = path.join(root, "varnishd");
  writeFileSync(vclFile, renderVcl(readFileSync(VCL_TEMPLATE, "utf8"), { backend, newsroom, purgers }));

  const child = spawn(varnishd, varnishdArguments({ listen, vclFile, workDir, storage }), {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      for (const line of chunk.split("\n").filter(Boolean)) {
        output.push(line);
        log(line);
      }
    });
  }
  const admin = async (...command: string[]) =>
    (await run(varnishadm, ["-n", workDir, "-t", "5", ...command], { encoding: "utf8" })).stdout;

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      const pid = child.pid;
      if (pid && !hasExited(child)) {
        // The manager stops its cache process and then itself.
        child.kill("SIGTERM");
        const timer = setTimeout(() => {
          try {
            process.kill(-pid, "SIGKILL");
          } catch {
            // Already gone.
          }
        }, 10_000);
        await exited(child);
        clearTimeout(timer);
      }
      rmSync(root, { recursive: true, force: true });
    })();
    return stopping;
  };

  try {
    const [host, port] = await listeningAddress(admin, child);
    const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
    return { url, port, workDir, process: child, admin, stop };
  } catch (error) {
    await stop();
    const said = output.slice(-20).join("\n");
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}${said ? `\nvarnishd said:\n${said}` : ""}`,
    );
  }
}

/** Asks the running varnishd where it listens (the port may have been 0). */
async function listeningAddress(
  admin: RunningVarnish["admin"],
  child: ChildProcess,
  timeoutMs = 30_000,
): Promise<[string, number]> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited(child)) throw new Error("varnishd exited as it started.");
    try {
      // "a0 127.0.0.1 6081"
      const [first = ""] = (await admin("debug.listen_address")).trim().split("\n");
      const [, host, port] = first.split(/\s+/);
      if (host && port) return [host, Number(port)];
    } catch {
      // Its command line is not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`varnishd did not start listening within ${timeoutMs / 1000} s.`);
}
