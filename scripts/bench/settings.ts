import { z } from "zod";

/** `npm run bench`'s settings, from the environment (README, "Benchmark"). */
const settingsSchema = z.object({
  BENCH_SECONDS: z.coerce
    .number()
    .int()
    .min(1, "BENCH_SECONDS must be at least 1")
    .max(120, "BENCH_SECONDS is capped at 120 so a run stays short")
    .default(10),
  BENCH_CONNECTIONS: z.coerce.number().int().min(1).max(1000, "BENCH_CONNECTIONS is capped at 1000").default(50),
  BENCH_THREADS: z.coerce.number().int().min(1).max(16).default(2),
  BENCH_SAMPLES: z.coerce.number().int().min(1).max(9, "BENCH_SAMPLES is capped at 9").default(3),
  BENCH_ROUNDS: z.coerce.number().int().min(1).max(10, "BENCH_ROUNDS is capped at 10").default(1),
  BENCH_WARMUP_SECONDS: z.coerce.number().int().min(0).max(30).default(2),
  BENCH_STORIES: z.coerce.number().int().min(0).max(10_000_000).default(0),
  BENCH_PORT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(65_535 - 5, "BENCH_PORT needs the five ports above it too")
    .default(3600),
  BENCH_ROUTES: z.string().optional(),
  BENCH_VCL: z.string().min(1).default("deploy/varnish/byline.vcl"),
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
});

export type BenchSettings = z.infer<typeof settingsSchema>;

/** The settings, or every problem with them, one per line. */
export function parseSettings(
  env: Record<string, string | undefined>,
): { ok: true; settings: BenchSettings } | { ok: false; problems: string } {
  // An empty variable (BENCH_STORIES= npm run bench) means its default.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = settingsSchema.safeParse(given);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n"),
  };
}

/** The ports of one run, from BENCH_PORT up: Byline, Varnish and its admin port, and the three floors. */
export function benchPorts(base: number) {
  return {
    next: base,
    varnish: base + 1,
    varnishAdmin: base + 2,
    nextFloor: base + 3,
    node: base + 4,
    nginx: base + 5,
  };
}
