/**
 * `npm run demo`: migrate the SQLite file, load demo content, build, and
 * serve the site. Safe to run again: migrations and seeding are idempotent.
 */
import "dotenv/config";
import { spawn, spawnSync } from "node:child_process";
import { prepareDatabase } from "./prepare-database";
import { nextServerEnv, nextStartCommand } from "./servers";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT ?? "3000";
const url = `http://localhost:${port}`;
process.env.SITE_URL ??= url;

await prepareDatabase();

console.log("\nBuilding the site (next build)…");
const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: process.env });
if (build.status !== 0) {
  console.error("The build failed; see the messages above.");
  process.exit(build.status ?? 1);
}

const server = spawn(...nextStartCommand(port), {
  stdio: ["inherit", "pipe", "inherit"],
  env: nextServerEnv(),
});
let announced = false;
server.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && /ready|started/i.test(chunk.toString())) {
    announced = true;
    console.log(`\nByline is running at ${url}  (press Ctrl+C to stop)\n`);
  }
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
