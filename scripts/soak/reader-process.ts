/**
 * The soak's readers in a process of their own (see runReadersApart in
 * ./readers.ts): fifty readers with no pause keep an event loop busy, and in
 * the soak's own process they would queue the editors' requests and answers
 * behind theirs, so a save would be timed with the soak's own waiting in it.
 * Receives what to read, reads until told "stop", sends every sample back.
 */
import { type ReaderLoad, runReaders } from "./readers";
import type { Sample } from "./report";

let stopped = false;
process.on("message", (message: ReaderLoad | "stop") => {
  if (message === "stop") {
    stopped = true;
    return;
  }
  const samples: Sample[] = [];
  void runReaders({ ...message, running: () => !stopped, record: (sample) => samples.push(sample) }).then(() =>
    process.send?.(samples, () => process.disconnect()),
  );
});
