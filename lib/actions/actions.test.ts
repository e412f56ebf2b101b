import path from "node:path";
import { describe, expect, it } from "vitest";
import { isDefinedAction } from "@/lib/actions/define-action";
import { isActionFile, sourceFiles } from "@/lib/testing/entrypoints";

const ROOT = path.resolve(import.meta.dirname, "../..");

const files = sourceFiles(["app", "components", "lib"]);
const actionFiles = files.filter(isActionFile);

describe("server actions", () => {
  it("are found where the newsroom's forms live", () => {
    expect(actionFiles.map(({ file }) => file).sort()).toEqual(
      [
        "lib/articles/actions.ts",
        "lib/auth/actions.ts",
        "lib/authors/actions.ts",
        "lib/content-api/actions.ts",
        "lib/media/actions.ts",
        "lib/sections/actions.ts",
        "lib/sessions/actions.ts",
        "lib/settings/actions.ts",
        "lib/tags/actions.ts",
        "lib/two-factor/actions.ts",
        "lib/two-factor/admin-actions.ts",
        "lib/users/actions.ts",
        "lib/webhooks/actions.ts",
      ].sort(),
    );
  });

  it.each(actionFiles.map(({ file }) => file))(
    "in %s are all built with defineAction or defineFormAction",
    async (file) => {
      const module: Record<string, unknown> = await import(path.join(ROOT, file));
      const exports = Object.entries(module);
      expect(exports.length).toBeGreaterThan(0);
      const notBuilt = exports.filter(([, value]) => !isDefinedAction(value)).map(([name]) => name);
      expect(notBuilt, `exports not built with lib/actions/define-action.ts in ${file}`).toEqual([]);
    },
  );

  it('are never written inline: a function-level "use server" would skip the builder', () => {
    const inline = files
      .filter(({ text }) => !actionFiles.some((actions) => actions.text === text))
      .filter(({ text }) => /^\s*["']use server["'];?\s*$/m.test(text))
      .map(({ file }) => file);
    expect(inline).toEqual([]);
  });
});

describe("isDefinedAction", () => {
  it("tells a built action from a plain async function", () => {
    expect(isDefinedAction(async () => undefined)).toBe(false);
    expect(isDefinedAction(undefined)).toBe(false);
  });
});
