/**
 * The node:http floor of `npm run bench`: answers the captured bytes from
 * memory at `/<name>`, with the content type Byline sent and nothing else to
 * do. Run by the bench as its own process:
 * `node --import tsx scripts/bench/static-server.ts <captured folder> <port>`.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { readManifest } from "./floors";

const [dir, port] = process.argv.slice(2);
if (!dir || !port) throw new Error("Usage: static-server.ts <captured folder> <port>");

const pages = new Map(
  readManifest(dir).routes.map((route) => [
    `/${route.name}`,
    { body: readFileSync(path.join(dir, route.file)), contentType: route.contentType },
  ]),
);

createServer((request, response) => {
  const page = pages.get(request.url ?? "");
  if (!page) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": page.contentType, "content-length": page.body.length });
  response.end(page.body);
}).listen(Number(port), "127.0.0.1");
