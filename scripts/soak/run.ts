import type { ChildProcess, StdioOptions } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { SAVE_STORY_API } from "@/lib/articles/history-paths";
import { type StaffClient, signInStaff } from "@/lib/testing/staff-client";
import { hasExited, signalProcessGroup, startNextServer, stopProcessGroup, waitForUrl } from "../servers";
import { READER_SERVER_NICENESS, startSiteServers } from "../site-servers";
import { type RunningVarnish, startVarnish } from "../varnish";
import { addSoakEditors, copyDataSet, readerWorld, type SoakEditor, type StoryPlacement } from "./data-set";
import { type EditorLog, runEditor, type SharedStory, soakStoryForm } from "./editors";
import { runReadersApart, warmUp } from "./readers";
import { BUSY_PATTERN, judge, type Sample, type SoakReport, summarizeSamples } from "./report";
import { type Acknowledged, verifyAcknowledged } from "./verify";

export type SoakOptions = {
  /** The site's data, copied before anything runs; never written. */
  source: { databaseFile: string; mediaDir: string };
  seconds: number;
  readers: number;
  editors: number;
  /** How long each editor waits after an answer before its next request. */
  pauseMs: number;
  /** Where the soak's `next start` (behind Varnish: the readers' one) listens; a free port when not given. */
  port?: number;
  /**
   * Runs the site as deployed: Varnish (deploy/varnish/byline.vcl) on a free port in front of a server for
   * readers and one for the newsroom (scripts/site-servers.ts); everyone reaches the site through Varnish.
   */
  varnish?: boolean;
  /** Ends the load early; the soak still stops its servers, verifies and reports. */
  signal?: AbortSignal;
  log?: (line: string) => void;
};

/**
 * `npm run soak` as a function (the journey e2e/soak.spec.ts calls it too):
 * copies the site's data, adds editors to the copy, serves the copy with
 * `next start` from the production build (two of them behind Varnish with
 * `varnish`), puts readers and editors on it for `seconds`, stops the servers
 * (SIGTERM, as in production), checks that everything acknowledged is in the
 * database, and removes the copy.
 */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const log = options.log ?? (() => {});
  if (!existsSync(path.resolve(".next", "BUILD_ID"))) {
    throw new Error("There is no production build in .next/: run `npm run build` first.");
  }
  const workDir = mkdtempSync(path.join(os.tmpdir(), "byline-soak-"));
  let servers: ChildProcess[] = [];
  let varnish: RunningVarnish | undefined;
  const stopOnExit = () => {
    for (const server of servers) signalProcessGroup(server, "SIGKILL");
    if (varnish) signalProcessGroup(varnish.process, "SIGKILL");
  };
  process.once("exit", stopOnExit);
  try {
    log(`Copying ${options.source.databaseFile} and its media into ${workDir}…`);
    const copy = await copyDataSet(options.source, workDir, log);
    const editors = await addSoakEditors(copy.databaseFile, options.editors, log);
    const world = readerWorld(copy.databaseFile);

    const port = options.port ?? (await freePort());
    const newsroomPort = options.varnish ? await freePort() : port;
    const serverUrl = `http://127.0.0.1:${port}`;
    if (options.varnish) {
      varnish = await startVarnish({
        listen: `127.0.0.1:${await freePort()}`,
        backend: { host: "127.0.0.1", port },
        newsroom: { host: "127.0.0.1", port: newsroomPort },
      });
      log(`Varnish in front on ${varnish.url}.`);
    }
    const url = varnish?.url ?? serverUrl;
    const {
      VARNISH_URL: _varnish,
      BYLINE_INTERNAL_URL: _internal,
      BYLINE_PEER_URLS: _peers,
      ...inherited
    } = process.env;
    const env = {
      ...inherited,
      BYLINE_DATA_DIR: copy.dataDir,
      DATABASE_URL: `file:${copy.databaseFile}`,
      MEDIA_DIR: copy.mediaDir,
      SITE_URL: url,
      // Every change purges Varnish's copies, as in production.
      ...(varnish ? { VARNISH_URL: `${varnish.url}/` } : {}),
    };
    const stdio: StdioOptions = ["ignore", "pipe", "pipe"];
    // Behind Varnish the site runs as deployed: a server for readers, one for the newsroom.
    const site = options.varnish
      ? startSiteServers({ readerPort: port, newsroomPort, env, stdio })
      : { reader: startNextServer({ port, host: "127.0.0.1", stdio, env }) };
    const listening = [
      { server: site.reader, port, name: "readers'" },
      ...("newsroom" in site ? [{ server: site.newsroom, port: newsroomPort, name: "newsroom's" }] : []),
    ];
    const watched = listening.map((each) => ({ ...each, log: watchLog(each.server) }));
    servers = listening.map((each) => each.server);
    const serverLogs = watched.map((each) => each.log);
    try {
      await Promise.all(
        listening.map((each) =>
          waitForUrl(`http://127.0.0.1:${each.port}/api/health`, { process: each.server, timeoutMs: 90_000 }),
        ),
      );
    } catch (error) {
      throw new Error(
        `${(error as Error).message}\n${serverLogs.flatMap((watched) => watched.lastLines()).join("\n")}`,
      );
    }
    // Varnish sends nobody to a backend until its health probe has seen it answer: the newsroom's
    // (/api/health goes there) and the readers' (robots.txt, rendered on every request).
    if (varnish) {
      for (const address of ["/api/health", "/robots.txt"]) {
        await waitForUrl(`${url}${address}`, { process: site.reader, timeoutMs: 30_000 });
      }
    }
    log(
      options.varnish
        ? `next start answers on ${serverUrl} (readers) and 127.0.0.1:${newsroomPort} (newsroom); signing in ${editors.length} editors at ${url}…`
        : `next start answers on ${serverUrl}; signing in ${editors.length} editors at ${url}…`,
    );
    const clients = await Promise.all(editors.map((editor) => signInStaff(url, editor.email, editor.password)));

    const samples: Sample[] = [];
    const acknowledged: Acknowledged = { saves: [], corrections: [] };
    const editorLog: EditorLog = {
      record: (sample) => samples.push(sample),
      acknowledgeSave: (save) => acknowledged.saves.push(save),
      acknowledgeCorrection: (correction) => acknowledged.corrections.push(correction),
    };
    const shared = await createSharedStory(clients[0] as StaffClient, editors[0] as SoakEditor, world.placement);
    acknowledged.saves.push({ articleId: shared.id, version: shared.version });

    log(`Warming up: each of the ${world.paths.length} reader addresses read once…`);
    await warmUp({ baseUrl: url, paths: world.paths, record: editorLog.record });

    log(
      `Load: ${options.readers} readers over ${world.paths.length} addresses and ${editors.length} editors for ${options.seconds} s…`,
    );
    const started = Date.now();
    const deadline = started + options.seconds * 1000;
    const serversUp = () => servers.every((server) => !hasExited(server));
    const running = () => Date.now() < deadline && !options.signal?.aborted && serversUp();
    let editorsDone = false;
    const editing = Promise.all(
      clients.map((client, index) =>
        runEditor({
          client,
          editor: editors[index] as SoakEditor,
          number: index + 1,
          placement: world.placement,
          shared,
          running,
          log: editorLog,
          pauseMs: options.pauseMs,
        }),
      ),
    ).finally(() => {
      editorsDone = true;
    });
    // Readers keep reading while an editor finishes its first story past the deadline: the writes stay under load.
    await Promise.all([
      runReadersApart({
        baseUrl: url,
        paths: world.paths,
        connections: options.readers,
        // The readers stand for other people's machines: behind Varnish they take the processor on the same
        // footing as the readers' server, never ahead of it (a server for readers at nice 10 lost its turns
        // to them, and their reads waited on it).
        niceness: options.varnish ? READER_SERVER_NICENESS : 0,
        running: () => running() || (!editorsDone && !options.signal?.aborted && serversUp()),
        record: editorLog.record,
      }),
      editing,
    ]);
    const loadSeconds = (Date.now() - started) / 1000;

    const stopped = watched.find((each) => hasExited(each.server));
    // Its last words (an out-of-memory report, a stack) are what the next engineer needs.
    const serverExit = stopped
      ? [
          `The ${stopped.name} server stopped by itself during the load (${stopped.server.signalCode ?? `exit code ${stopped.server.exitCode}`}); its last lines:`,
          ...stopped.log.lastLines().map((line) => `    ${line}`),
        ].join("\n")
      : undefined;
    log("Stopping the servers (SIGTERM) and checking the database…");
    await Promise.all(servers.map((server) => stopProcessGroup(server)));
    const partial = {
      seconds: options.seconds,
      loadSeconds,
      readers: options.readers,
      editors: options.editors,
      pauseMs: options.pauseMs,
      throughVarnish: Boolean(varnish),
      ...summarizeSamples(samples),
      busyLogLines: serverLogs.flatMap((watched) => watched.busyLines),
      serverExit,
      verification: verifyAcknowledged(copy.databaseFile, acknowledged),
    };
    return { ...partial, verdict: judge(partial) };
  } finally {
    await Promise.all(servers.map((server) => stopProcessGroup(server)));
    await varnish?.stop();
    process.removeListener("exit", stopOnExit);
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** The story every editor also saves, made before the clock starts. */
async function createSharedStory(
  client: StaffClient,
  editor: SoakEditor,
  placement: StoryPlacement,
): Promise<SharedStory> {
  const slug = `${editor.email.split("@")[0]}-shared-story`;
  const reply = await client.postJson<{ ok: boolean; story?: { id: string; version: number }; message?: string }>(
    SAVE_STORY_API,
    {
      articleId: null,
      baseVersion: null,
      action: "save",
      fields: soakStoryForm(editor, placement, {
        headline: "The Soak Test's Shared Story",
        slug,
        text: "Every soak editor edits this story.",
      }),
    },
  );
  if (!reply.result?.ok || !reply.result.story) {
    throw new Error(
      `The soak could not create its shared story (${reply.status}): ${reply.result?.message ?? reply.body.slice(0, 300)}`,
    );
  }
  return { id: reply.result.story.id, version: reply.result.story.version, slug };
}

/** The server's output, read line by line: lines naming SQLITE_BUSY are kept, and the last few for a failed start. */
function watchLog(server: ChildProcess): { busyLines: string[]; lastLines: () => string[] } {
  const busyLines: string[] = [];
  const recent: string[] = [];
  for (const stream of [server.stdout, server.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on("line", (line) => {
      if (BUSY_PATTERN.test(line)) busyLines.push(line);
      recent.push(line);
      if (recent.length > 40) recent.shift();
    });
  }
  return { busyLines, lastLines: () => [...recent] };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("No free port.")),
      );
    });
  });
}
