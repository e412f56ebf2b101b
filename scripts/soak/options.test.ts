import { describe, expect, it } from "vitest";
import { parseSoakArguments } from "./options";

describe("parseSoakArguments", () => {
  it("defaults to a minute of 50 readers and 5 editors on a free port", () => {
    expect(parseSoakArguments([])).toEqual({
      ok: true,
      options: { seconds: 60, readers: 50, editors: 5, "pause-ms": 1000, varnish: false },
    });
  });

  it("reads every option", () => {
    expect(
      parseSoakArguments([
        "--seconds",
        "10",
        "--readers",
        "20",
        "--editors",
        "2",
        "--pause-ms",
        "0",
        "--port",
        "3106",
        "--varnish",
      ]),
    ).toEqual({
      ok: true,
      options: { seconds: 10, readers: 20, editors: 2, "pause-ms": 0, port: 3106, varnish: true },
    });
    expect(parseSoakArguments(["--seconds=5"])).toMatchObject({ ok: true, options: { seconds: 5 } });
  });

  it("refuses what is not a whole number in range, naming the option", () => {
    for (const [args, problem] of [
      [["--seconds", "ten"], "--seconds must be a whole number."],
      [["--seconds", "1.5"], "--seconds must be a whole number."],
      [["--seconds", "0"], "--seconds must be at least 1."],
      [["--editors", "0"], "--editors must be at least 1."],
      [["--readers=-1"], "--readers must be at least 0."],
      [["--port", "70000"], "--port must be at most 65535."],
    ] as const) {
      const parsed = parseSoakArguments(args);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain(problem);
    }
  });

  it("refuses an unknown option or a stray word, with the usage line", () => {
    for (const args of [["--minutes", "3"], ["fast"], ["--seconds"]]) {
      const parsed = parseSoakArguments(args);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain("Usage: npm run soak");
    }
  });
});
