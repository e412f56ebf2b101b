/**
 * The soak's readers in a process of their own (see runReadersApart in
 * ./readers.ts): fifty readers with no pause keep an event loop busy, and in
 * the soak's own process they would queue the editors' requests and answers
 * behind theirs, so a save would be timed with the soak's own waiting in it.
 * Receives what to read, reads until told "stop" (or until the soak is gone),
 * and sends its samples back every second and when done.
 */
import { type ReaderLoad, type ReaderMessage, runReaders } from "./readers";
import type { Sample } from "./report";

const FLUSH_EVERY_MS = 1_000;

let stopped = false;
// Ctrl+C reaches the whole terminal's process group: the soak stops the readers itself, then reports.
process.on("SIGINT", () => {});
// The soak ended without saying stop (it crashed or was killed): nobody is left to read for.
process.on("disconnect", () => process.exit(0));

let batch: Sample[] = [];
const send = (message: ReaderMessage) => new Promise<void>((resolve) => process.send?.(message, () => resolve()));
const flush = () => {
  if (batch.length === 0) return;
  void send({ samples: batch });
  batch = [];
};

process.on("message", (message: ReaderLoad | "stop") => {
  if (message === "stop") {
    stopped = true;
    return;
  }
  const flushing = setInterval(flush, FLUSH_EVERY_MS);
  void runReaders({ ...message, running: () => !stopped, record: (sample) => batch.push(sample) }).then(async () => {
    clearInterval(flushing);
    flush();
    await send({ done: true });
    process.disconnect();
  });
});
