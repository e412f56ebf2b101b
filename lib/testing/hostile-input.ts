import fc from "fast-check";

/**
 * fast-check arbitraries for what an attacker, a broken client or a paste
 * from a word processor may send: wrong types, huge strings, control
 * characters, odd Unicode, and keys that touch an object's prototype.
 */

export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];

const ODD_CHARACTERS = [
  "\u0000",
  "\u0007",
  "\u001B",
  "\u007F",
  "\u0085",
  "\u200B", // zero-width space
  "\u200D", // zero-width joiner
  "\u200E", // left-to-right mark
  "\u200F", // right-to-left mark
  "\u202E", // right-to-left override
  "\u2066",
  "\u2028",
  "\u2029",
  "\uFEFF",
  "\uFFFD",
  "\uFFFF",
  "\uD800", // lone surrogates
  "\uDBFF",
  "\uDC00",
  "\uDFFF",
  "\u0301", // a combining accent with nothing to combine with
  "\r",
  "\n",
  "\t",
  "İ",
  "ß",
  "ﬃ",
  "\u{1F3F3}\u{FE0F}\u200D\u{1F308}",
];

const NASTY_STRINGS = [
  "",
  " ",
  "   \n\t ",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "1e309",
  "9007199254740993",
  "true",
  "on",
  "[]",
  "{}",
  '{"__proto__":{"polluted":true}}',
  "../../../../etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "%00",
  "%",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "' OR '1'='1' --",
  '"; DROP TABLE "Article"; --',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, on purpose
  "${process.exit()}",
  "{{constructor.constructor('return process')()}}",
  "https://example.com/\u202Egnp.exe",
  "mailto:a@b.c",
  "a@b",
  "ÀÁÂ\u0000x",
  ...PROTOTYPE_KEYS,
];

/** A string as a form field or a JSON value may carry it; now and then a very long one (up to 1 MB). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 4,
    arbitrary: fc.string({
      unit: fc.oneof(
        fc.constantFrom(...ODD_CHARACTERS),
        fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 1 }),
      ),
      maxLength: 40,
    }),
  },
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(300, 5_000, 70_000, 1_000_000),
        fc.constantFrom("x", "é", "\u0000", "\uD800", "a b", "🏳️‍🌈"),
      )
      .map(([length, piece]) => piece.repeat(Math.ceil(length / piece.length))),
  },
);

/** A file where a text field was expected, or a file with a strange name and type. */
export const hostileFile: fc.Arbitrary<File> = fc
  .tuple(fc.uint8Array({ maxLength: 64 }), hostileString, fc.constantFrom("", "image/png", "text/html", "x/\u0000"))
  .map(([bytes, name, type]) => new File([bytes], name.slice(0, 300), { type }));

const scalar = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, -1, 1, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
);

/** Any value a server action's argument may decode to: wrong types at every depth, prototype keys included. */
export function hostileValue(knownKeys: readonly string[] = []): fc.Arbitrary<unknown> {
  return fc.anything({
    key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, ...knownKeys, "x"), hostileString),
    values: [scalar],
    maxDepth: 3,
    maxKeys: 6,
    withNullPrototype: true,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withSparseArray: true,
  });
}

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [prefix];
  const children = Object.entries(value).flatMap(([key, child]) =>
    pathsOf(child, [...prefix, Array.isArray(value) ? Number(key) : key]),
  );
  return [prefix, ...children];
}

/** Sets an own property, as JSON.parse does, so "__proto__" becomes a key rather than a prototype. */
function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function at(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

function keysOf(value: unknown): string[] {
  return pathsOf(value).flatMap((path) => path.filter((key): key is string => typeof key === "string"));
}

/**
 * A valid input with one part replaced by a hostile value, or a hostile key
 * added beside it: gets past the outer checks and tries the inner ones.
 */
export function mutated(valid: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  const keys = keysOf(valid);
  return fc
    .tuple(fc.nat(paths.length - 1), hostileValue(keys), fc.option(fc.constantFrom(...PROTOTYPE_KEYS, ...keys)))
    .map(([index, replacement, extraKey]) => {
      const copy = structuredClone(valid);
      const path = paths[index] ?? [];
      const node = at(copy, path);
      if (extraKey && node && typeof node === "object") {
        setOwn(node, extraKey, replacement);
        return copy;
      }
      if (path.length === 0) return replacement;
      setOwn(at(copy, path.slice(0, -1)) as object, path.at(-1) as string | number, replacement);
      return copy;
    });
}

/** A server action's argument: mostly near-valid inputs, sometimes anything at all. */
export function hostileArgument(valid: unknown): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: mutated(valid) }, { weight: 1, arbitrary: hostileValue(keysOf(valid)) });
}

/**
 * A form submission: the form's own fields, some replaced by hostile strings
 * or files, some missing, some sent twice, and extra fields with prototype keys.
 */
export function hostileForm(valid: Record<string, string>): fc.Arbitrary<FormData> {
  const names = Object.keys(valid);
  const value = fc.oneof({ weight: 6, arbitrary: hostileString }, { weight: 1, arbitrary: hostileFile });
  const name = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...names, ...PROTOTYPE_KEYS, "$ACTION_ID_0") },
    { weight: 1, arbitrary: hostileString },
  );
  return fc
    .tuple(fc.subarray(names), fc.array(fc.tuple(name, value, fc.boolean()), { maxLength: 6 }))
    .map(([kept, changes]) => {
      const data = new FormData();
      for (const field of kept) data.append(field, valid[field] ?? "");
      for (const [field, content, twice] of changes) {
        if (twice) data.append(field, content);
        else data.set(field, content);
      }
      // So that a counterexample shows what was sent.
      Object.defineProperty(data, fc.toStringMethod, { value: () => `FormData ${fc.stringify([...data.entries()])}` });
      return data;
    });
}

/** Text that should never reach a user: a stack trace, a file path, a Prisma or JavaScript error. */
export const LEAK =
  /\n\s+at |\bat (async )?[\w.<>]+ \(|node_modules|\.tsx?:\d+|Invalid `|PrismaClient|prisma\.|TypeError|ReferenceError|RangeError|SyntaxError|SQLITE_/;
