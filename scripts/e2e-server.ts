/**
 * The servers Playwright tests talk to: a fresh database and media folder
 * for this run, migrated and seeded, served from the production build by two
 * `next start`s as `npm run serve:cached` runs them (scripts/site-servers.ts):
 * PORT, which the journeys reach directly and Varnish sends readers to, and
 * E2E_NEWSROOM_PORT, where Varnish sends the staff (e2e/varnish-in-front.ts,
 * which waits for it). Both stay in this process's group, so however
 * Playwright ends the group, they end with it.
 *
 * The database is a SQLite file in E2E_DATA_DIR; with E2E_DATABASE=postgresql
 * it is a throwaway PostgreSQL cluster in a temporary folder instead, stopped
 * and removed when the servers stop (the journeys' PostgreSQL projects).
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { startThrowawayCluster } from "@/lib/testing/postgres-cluster";
import { exited } from "./servers";
import { startSiteServers } from "./site-servers";

const dataDir = process.env.E2E_DATA_DIR;
if (!dataDir) throw new Error("E2E_DATA_DIR is not set; run the end-to-end tests with `npm run test:e2e`.");
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });

const cluster = process.env.E2E_DATABASE === "postgresql" ? startThrowawayCluster() : null;
process.on("exit", () => cluster?.stop());
if (cluster) cluster.sql("postgres", 'CREATE DATABASE "byline"');

process.env.BYLINE_DATA_DIR = dataDir;
process.env.DATABASE_URL = cluster ? cluster.url("byline") : `file:${path.join(dataDir, "byline.db")}`;
process.env.MEDIA_DIR = path.join(dataDir, "media");
process.env.SITE_URL ??= `http://127.0.0.1:${process.env.PORT ?? 3100}`;

const { prepareDatabase } = await import("./prepare-database");
await prepareDatabase();

const readerPort = Number(process.env.PORT ?? 3100);
const servers = Object.values(
  startSiteServers({
    readerPort,
    newsroomPort: Number(process.env.E2E_NEWSROOM_PORT ?? readerPort + 7),
    stdio: "inherit",
    detached: false,
    // The journeys' browser shares the machine: the server they wait on is not put behind it.
    readerNiceness: 0,
  }),
);
let stopping = false;
const stopAll = async (code: number) => {
  stopping = true;
  for (const server of servers) server.kill("SIGTERM");
  await Promise.all(servers.map(exited));
  process.exit(code);
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stopAll(0));
for (const server of servers) server.on("exit", (code) => stopping || void stopAll(code ?? 1));
