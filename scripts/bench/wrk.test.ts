import { describe, expect, it } from "vitest";
import { parseWrkOutput, parseWrkTime, wrkArguments } from "./wrk";

// Printed by wrk 4.1 on this machine (Next under load: timeouts and a p99 in seconds).
const SLOW_RUN = `Running 5s test @ http://127.0.0.1:3600/articles/putin-invites-trump-to-moscow
  2 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   214.14ms  239.12ms   2.00s    92.80%
    Req/Sec   112.46    100.44   610.00     79.10%
  Latency Distribution
     50%  148.07ms
     75%  259.48ms
     90%  394.55ms
     99%    1.39s 
  787 requests in 5.09s, 41.52MB read
  Socket errors: connect 0, read 0, write 0, timeout 13
Requests/sec:    154.47
Transfer/sec:      8.15MB
`;

const FAST_RUN_WITH_ERRORS = `Running 10s test @ http://127.0.0.1:3605/story
  2 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.02ms  412.00us   9.80ms   90.00%
    Req/Sec    24.10k     1.20k   26.00k    70.00%
  Latency Distribution
     50%  812.00us
     75%    1.10ms
     90%    1.50ms
     99%    2.20ms
  480000 requests in 10.00s, 24.60GB read
  Non-2xx or 3xx responses: 12
Requests/sec:  47990.12
Transfer/sec:      2.46GB
`;

describe("wrkArguments", () => {
  it("asks for the latency percentiles, the duration and a generous timeout", () => {
    expect(
      wrkArguments({ url: "http://127.0.0.1:3600/", seconds: 10, connections: 50, threads: 2, timeoutSeconds: 10 }),
    ).toEqual([
      "--threads",
      "2",
      "--connections",
      "50",
      "--duration",
      "10s",
      "--timeout",
      "10s",
      "--latency",
      "http://127.0.0.1:3600/",
    ]);
  });

  it("never asks for more threads than connections, which wrk refuses", () => {
    const args = wrkArguments({ url: "http://x/", seconds: 1, connections: 1, threads: 2, timeoutSeconds: 10 });
    expect(args.slice(0, 2)).toEqual(["--threads", "1"]);
  });
});

describe("parseWrkTime", () => {
  it("reads each unit wrk prints, in milliseconds", () => {
    expect(parseWrkTime("812.00us")).toBeCloseTo(0.812);
    expect(parseWrkTime("3.73ms")).toBe(3.73);
    expect(parseWrkTime("1.39s ")).toBe(1390);
    expect(parseWrkTime("2.00m")).toBe(120_000);
  });

  it("refuses what is not a time", () => {
    expect(() => parseWrkTime("fast")).toThrow(/Not a wrk time/);
  });
});

describe("parseWrkOutput", () => {
  it("reads requests per second, p50, p99 and the timeouts of a slow run", () => {
    expect(parseWrkOutput(SLOW_RUN)).toEqual({
      requests: 787,
      requestsPerSecond: 154.47,
      p50Ms: 148.07,
      p99Ms: 1390,
      non2xx: 0,
      socketErrors: 13,
    });
  });

  it("reads sub-millisecond latencies and counts the responses that were not 2xx or 3xx", () => {
    const result = parseWrkOutput(FAST_RUN_WITH_ERRORS);
    expect(result.requestsPerSecond).toBe(47990.12);
    expect(result.p50Ms).toBeCloseTo(0.812);
    expect(result.p99Ms).toBe(2.2);
    expect(result.non2xx).toBe(12);
    expect(result.socketErrors).toBe(0);
  });

  it("says what is missing when the run printed no percentiles", () => {
    expect(() => parseWrkOutput(SLOW_RUN.replace(/ {5}99%.*\n/, ""))).toThrow(/99th percentile/);
  });
});
