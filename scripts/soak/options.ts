import { parseArgs } from "node:util";
import { z } from "zod";

export const SOAK_USAGE =
  "Usage: npm run soak -- [--seconds 60] [--readers 50] [--editors 5] [--pause-ms 1000] [--port <free port if not given>] [--varnish]";

const count = (name: string, minimum: number, maximum: number) =>
  z.coerce
    .number({ error: `--${name} must be a whole number.` })
    .int(`--${name} must be a whole number.`)
    .min(minimum, `--${name} must be at least ${minimum}.`)
    .max(maximum, `--${name} must be at most ${maximum}.`);

const soakArgumentsSchema = z.object({
  seconds: count("seconds", 1, 24 * 60 * 60).default(60),
  readers: count("readers", 0, 1_000).default(50),
  editors: count("editors", 1, 100).default(5),
  /** Each editor's wait between an answer and its next request: 1 s is already far busier than a person. */
  "pause-ms": count("pause-ms", 0, 60_000).default(1000),
  port: count("port", 1, 65_535).optional(),
  /** Readers and editors reach the site through Varnish in front of it, as it is deployed. */
  varnish: z.boolean().default(false),
});

export type SoakArguments = z.output<typeof soakArgumentsSchema>;

/** The soak's command line, or what is wrong with it in one message that ends with the usage line. */
export function parseSoakArguments(
  args: readonly string[],
): { ok: true; options: SoakArguments } | { ok: false; message: string } {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...args],
      options: {
        seconds: { type: "string" },
        readers: { type: "string" },
        editors: { type: "string" },
        "pause-ms": { type: "string" },
        port: { type: "string" },
        varnish: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}\n${SOAK_USAGE}` };
  }
  const parsed = soakArgumentsSchema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, message: `${parsed.error.issues.map((issue) => issue.message).join("\n")}\n${SOAK_USAGE}` };
  }
  return { ok: true, options: parsed.data };
}
