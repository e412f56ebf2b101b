/**
 * The site as `npm run serve:cached` runs it behind Varnish: two `next start`
 * servers of one build over one database, one rendering reader pages and one
 * answering the newsroom (deploy/varnish/byline.vcl sends each its requests).
 * Each names the other in BYLINE_PEER_URLS, so a write on either expires the
 * pages both hold (lib/cache/peers.ts).
 */
import type { ChildProcess, StdioOptions } from "node:child_process";
import os from "node:os";
import { startNextServer } from "./servers";

/**
 * How much less the reader server is scheduled than the newsroom's
 * (os.setPriority: 0 normal, 19 least): when readers keep the machine busy,
 * an editor's save still gets the processor first.
 */
export const READER_SERVER_NICENESS = 10;

export type SiteServers = { reader: ChildProcess; newsroom: ChildProcess };

export function startSiteServers({
  readerPort,
  newsroomPort,
  host = "127.0.0.1",
  env = process.env,
  stdio,
  readerNiceness = READER_SERVER_NICENESS,
}: {
  readerPort: number;
  newsroomPort: number;
  host?: string;
  env?: NodeJS.ProcessEnv;
  stdio?: StdioOptions;
  readerNiceness?: number;
}): SiteServers {
  const url = (port: number) => `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  const server = (port: number, peerPort: number) =>
    startNextServer({ port, host, stdio, env: { ...env, BYLINE_PEER_URLS: url(peerPort) } });
  const reader = server(readerPort, newsroomPort);
  const newsroom = server(newsroomPort, readerPort);
  if (reader.pid && readerNiceness !== 0) {
    try {
      os.setPriority(reader.pid, readerNiceness);
    } catch {
      // Not allowed here: both run at the same priority, which costs editors time under a reader spike, nothing else.
    }
  }
  return { reader, newsroom };
}
