/**
 * The site as `npm run serve:cached` runs it behind Varnish: two `next start`
 * servers of one build over one database, one rendering reader pages and one
 * answering the newsroom (deploy/varnish/byline.vcl sends each its requests).
 * Each names the other in BYLINE_PEER_URLS, so a write on either expires the
 * pages both hold (lib/cache/peers.ts).
 */
import type { ChildProcess, StdioOptions } from "node:child_process";
import { lowerPriority, NEXT_SERVER_NODE_FLAGS, startNextServer } from "./servers";

/**
 * How much less the reader server is scheduled than the newsroom's
 * (os.setPriority: 0 normal, 19 least): when readers keep the machine busy,
 * an editor's save still gets the processor first.
 */
export const READER_SERVER_NICENESS = 10;

/**
 * The newsroom's server keeps V8's own young generation (16 MB) instead of
 * the 4 MB that holds the reader server's memory down: a save allocates in a
 * burst (some thirty queries and a page), and in 4 MB it was scavenged
 * several times and moved into the old space, where collecting it costs more.
 * Through Varnish under fifty readers, save p95 went from 175–205 ms to
 * 113–154 ms (README, "Soak"). Its old space is bounded as the reader's.
 */
export const NEWSROOM_SERVER_NODE_FLAGS = NEXT_SERVER_NODE_FLAGS.filter(
  (flag) => !flag.startsWith("--max-semi-space-size"),
);

export type SiteServers = { reader: ChildProcess; newsroom: ChildProcess };

export function startSiteServers({
  readerPort,
  newsroomPort,
  host = "127.0.0.1",
  env = process.env,
  stdio,
  detached,
  readerNiceness = READER_SERVER_NICENESS,
}: {
  readerPort: number;
  newsroomPort: number;
  host?: string;
  env?: NodeJS.ProcessEnv;
  stdio?: StdioOptions;
  /** Each server in a process group of its own (the default; stop them with stopProcessGroup). */
  detached?: boolean;
  readerNiceness?: number;
}): SiteServers {
  const url = (port: number) => `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  const server = (port: number, peerPort: number, nodeFlags?: readonly string[]) =>
    startNextServer({ port, host, stdio, detached, nodeFlags, env: { ...env, BYLINE_PEER_URLS: url(peerPort) } });
  const reader = server(readerPort, newsroomPort);
  const newsroom = server(newsroomPort, readerPort, NEWSROOM_SERVER_NODE_FLAGS);
  lowerPriority(reader, readerNiceness);
  return { reader, newsroom };
}
