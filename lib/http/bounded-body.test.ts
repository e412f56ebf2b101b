import { describe, expect, it } from "vitest";
import { readBoundedBody } from "@/lib/http/bounded-body";

/** A body in chunks of `chunk` bytes up to `total`, counting what was pulled; it reads nothing ahead. */
function countedBody(total: number, chunk: number) {
  const counter = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.pulled >= total) return controller.close();
        const size = Math.min(chunk, total - counter.pulled);
        counter.pulled += size;
        controller.enqueue(new Uint8Array(size).fill(7));
      },
      cancel() {
        counter.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

describe("readBoundedBody", () => {
  it("reads a body up to the limit whole", async () => {
    const { stream } = countedBody(1000, 300);
    const body = await readBoundedBody(stream, 1000);
    expect(body?.byteLength).toBe(1000);
    expect(body?.every((byte) => byte === 7)).toBe(true);
  });

  it("stops at the first chunk past the limit and cancels the rest", async () => {
    const { stream, counter } = countedBody(10_000_000, 300);
    expect(await readBoundedBody(stream, 1000)).toBeNull();
    expect(counter).toEqual({ pulled: 1200, cancelled: true });
  });

  it("reads no body as empty", async () => {
    expect(await readBoundedBody(null, 10)).toEqual(new Uint8Array(0));
  });
});
