import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Every way a request reaches the server's own code: the exports of the
 * "use server" files and the handlers of the route.ts files. Found on disk,
 * so a new action or route shows up in the tests that walk them without
 * anyone listing it first.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

export type SourceFile = { file: string; text: string };

/** The project's TypeScript sources (no tests, no generated code) under the given folders. */
export function sourceFiles(folders: readonly string[]): SourceFile[] {
  return folders.flatMap((folder) =>
    readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith("generated/"))
      .map((file) => path.join(folder, file))
      .map((file) => ({ file, text: readFileSync(path.join(ROOT, file), "utf8") })),
  );
}

/** A file of server actions: "use server" as its first statement. */
export function isActionFile({ text }: SourceFile): boolean {
  return /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(text);
}

export type ServerAction = {
  /** "lib/tags/actions.ts#renameTagAction" */
  id: string;
  run: (...args: unknown[]) => Promise<unknown>;
};

export async function serverActions(): Promise<ServerAction[]> {
  const files = sourceFiles(["app", "components", "lib"]).filter(isActionFile);
  const modules = await Promise.all(
    files.map(async ({ file }) => ({ file, exports: Object.entries(await import(path.join(ROOT, file))) })),
  );
  return modules.flatMap(({ file, exports }) =>
    exports
      .filter(([, value]) => typeof value === "function")
      .map(([name, value]) => ({ id: `${file}#${name}`, run: value as ServerAction["run"] })),
  );
}

export type RouteHandler = {
  /** "app/api/media/route.ts#POST" */
  id: string;
  method: string;
  run: (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
};

export async function routeHandlers(): Promise<RouteHandler[]> {
  const files = sourceFiles(["app"]).filter(({ file }) => path.basename(file) === "route.ts");
  const modules = await Promise.all(
    files.map(async ({ file }) => ({ file, exports: Object.entries(await import(path.join(ROOT, file))) })),
  );
  return modules.flatMap(({ file, exports }) =>
    exports
      .filter(([name, value]) => HTTP_METHODS.includes(name) && typeof value === "function")
      .map(([method, value]) => ({ id: `${file}#${method}`, method, run: value as RouteHandler["run"] })),
  );
}
