import { afterEach, describe, expect, it, vi } from "vitest";
import { retrying } from "@/lib/cache/retrying";

afterEach(() => vi.restoreAllMocks());

/** An attempt that fails its first `failures` calls. */
function flaky(failures: number) {
  let calls = 0;
  const attempt = async () => {
    calls++;
    if (calls <= failures) throw new Error(`refused ${calls}`);
  };
  return { attempt, calls: () => calls };
}

describe("retrying", () => {
  it("retries after each configured pause, logging each failure, until the attempt succeeds", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const work = flaky(2);
    const waits: number[] = [];
    const done = await retrying("[test] telling", work.attempt, {
      delays: [10, 20, 30],
      wait: async (ms) => void waits.push(ms),
    });
    expect(done).toBe(true);
    expect(work.calls()).toBe(3);
    expect(waits).toEqual([10, 20]);
    expect(log.mock.calls.map(([line]) => line)).toEqual([
      "[test] telling failed (attempt 1): refused 1. Retrying in 10 ms.",
      "[test] telling failed (attempt 2): refused 2. Retrying in 20 ms.",
    ]);
  });

  it("gives up after the last pause without throwing", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const work = flaky(10);
    expect(await retrying("[test] telling", work.attempt, { delays: [1], wait: async () => {} })).toBe(false);
    expect(work.calls()).toBe(2);
    expect(String(log.mock.calls[1]?.[0])).toMatch(/attempt 2\): refused 2\. Giving up\.$/);
  });

  it("tries once when there are no pauses", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const work = flaky(1);
    expect(await retrying("[test] telling", work.attempt, { delays: [] })).toBe(false);
    expect(work.calls()).toBe(1);
  });
});
