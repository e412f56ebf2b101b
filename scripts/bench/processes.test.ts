import { describe, expect, it } from "vitest";
import { parentFromStat, rssFromStatus, treeRssKb } from "./processes";

describe("parentFromStat", () => {
  it("reads the parent past a command name with spaces and parentheses", () => {
    expect(parentFromStat("17421 (varnishd (cache)) S 17356 17343 17343 0 -1 4194624")).toBe(17356);
    expect(parentFromStat("16882 (next-server (v16.4.6)) S 1 16882 16882 0 -1")).toBe(1);
  });
});

describe("rssFromStatus", () => {
  it("reads VmRSS in KiB, and 0 for a kernel thread that has none", () => {
    expect(rssFromStatus("Name:\tnode\nVmPeak:\t  900000 kB\nVmRSS:\t  270152 kB\nRssAnon:\t 200000 kB\n")).toBe(
      270152,
    );
    expect(rssFromStatus("Name:\tkworker/0:1\nState:\tI (idle)\n")).toBe(0);
  });
});

describe("treeRssKb", () => {
  const processes = [
    { pid: 1, ppid: 0, rssKb: 10 },
    { pid: 100, ppid: 1, rssKb: 5_000 }, // varnishd's manager
    { pid: 101, ppid: 100, rssKb: 60_000 }, // its cache worker
    { pid: 102, ppid: 101, rssKb: 1 }, // a grandchild
    { pid: 200, ppid: 1, rssKb: 270_000 }, // another server
  ];

  it("adds up a process and all its descendants, and nothing else", () => {
    expect(treeRssKb(processes, 100)).toBe(65_001);
    expect(treeRssKb(processes, 200)).toBe(270_000);
  });

  it("is 0 for a process that is gone", () => {
    expect(treeRssKb(processes, 999)).toBe(0);
  });
});
