import { spawn } from "node:child_process";
import os from "node:os";
import { describe, expect, it } from "vitest";
import { lowerPriority, NEXT_SERVER_NODE_FLAGS, nextServerEnv } from "./servers";

describe("nextServerEnv", () => {
  it("bounds the server's heap and malloc arenas, keeping the rest of the environment", () => {
    const env = nextServerEnv({ NODE_ENV: "production", PORT: "3000" });
    expect(env.PORT).toBe("3000");
    expect(env.MALLOC_ARENA_MAX).toBe("2");
    expect(env.NODE_OPTIONS).toBe(NEXT_SERVER_NODE_FLAGS.join(" "));
  });

  it("lets flags and settings already given win", () => {
    const env = nextServerEnv({
      NODE_ENV: "production",
      NODE_OPTIONS: "--max-old-space-size=1024 --enable-source-maps",
      MALLOC_ARENA_MAX: "8",
    });
    expect(env.NODE_OPTIONS).toBe("--max-old-space-size=1024 --enable-source-maps --max-semi-space-size=4");
    expect(env.MALLOC_ARENA_MAX).toBe("8");
  });
});

describe("lowerPriority", () => {
  it("schedules the process behind others, leaves it alone at 0, and does not throw once it is gone", async () => {
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"], { stdio: "ignore" });
    const pid = child.pid as number;
    const before = os.getPriority(pid);
    lowerPriority(child, 0);
    expect(os.getPriority(pid)).toBe(before);
    lowerPriority(child, 5);
    expect(os.getPriority(pid)).toBe(5);
    child.kill();
    await new Promise((resolve) => child.once("exit", resolve));
    expect(() => lowerPriority(child, 5)).not.toThrow();
  });
});
