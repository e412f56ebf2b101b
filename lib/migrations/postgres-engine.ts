import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * Prisma's schema engine, as the WebAssembly build that ships with Prisma's
 * CLI packages: it runs offline, unlike the native engine `prisma migrate`
 * would download. Used for one thing: the PostgreSQL DDL Prisma itself would
 * write for a datamodel, so a PostgreSQL migration and the drift test start
 * from Prisma's own statements instead of hand-kept ones.
 */
type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
};
type EngineModule = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: { new: (options: unknown, log: (line: string) => void, adapter: object) => Promise<Engine> };
};

const require = createRequire(import.meta.url);

async function loadEngine(): Promise<EngineModule> {
  // The package imports its .wasm as an ES module, which Node 20 allows only behind a flag; this
  // instantiates it the way that import would.
  const glueFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = (await import(glueFile)) as EngineModule;
  const { instance } = await WebAssembly.instantiate(readFileSync(glueFile.replace(/\.js$/, ".wasm")), {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

let engineModule: Promise<EngineModule> | undefined;

/**
 * The SQL that takes a PostgreSQL database from the datamodel `from` (or
 * nothing) to the datamodel `to`, as Prisma's `migrate diff --script` prints
 * it. The engine connects to `databaseUrl` (any PostgreSQL database; its
 * contents do not matter) to learn the server's version.
 */
export async function postgresMigrationScript(databaseUrl: string, from: string | null, to: string): Promise<string> {
  engineModule ??= loadEngine();
  const { SchemaEngine } = await engineModule;
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", to]] }, () => {}, adapter);
  const target = (schema: string) => ({ tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] });
  const result = await engine.diff({
    from: from === null ? { tag: "empty" } : target(from),
    to: target(to),
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.stdout ?? "";
}
