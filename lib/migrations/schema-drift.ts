import type Database from "better-sqlite3";

/**
 * Compares a migrated SQLite database with the Prisma datamodel (the
 * `datamodel` part of `getDMMF`) and lists every disagreement in words.
 *
 * Prisma's own drift check (`migrate diff`) needs the schema engine, which
 * cannot run here; without a check, a migration that forgets a column or an
 * index would only show up as a runtime error. The types below are the few
 * DMMF properties this reads, so the module does not depend on Prisma's
 * internal type packages.
 */

export interface DatamodelField {
  readonly name: string;
  readonly dbName?: string | null;
  readonly kind: string; // "scalar" | "enum" | "object" | "unsupported"
  readonly type: string;
  readonly isRequired: boolean;
  readonly isList: boolean;
  readonly relationFromFields?: readonly string[] | null;
  readonly relationToFields?: readonly string[] | null;
  readonly relationOnDelete?: string | null;
}

export interface DatamodelModel {
  readonly name: string;
  readonly dbName: string | null;
  readonly fields: readonly DatamodelField[];
}

export interface DatamodelIndex {
  readonly model: string;
  readonly type: string; // "id" | "unique" | "normal" | "fulltext"
  readonly fields: readonly { readonly name: string }[];
}

export interface Datamodel {
  readonly models: readonly DatamodelModel[];
  readonly indexes: readonly DatamodelIndex[];
}

export interface DriftOptions {
  /** Tables Prisma does not manage (its migrations table, FTS tables). */
  ignoreTable?: (name: string) => boolean;
}

// Column types Prisma's SQLite connector writes for each scalar type.
const SQLITE_TYPES: Record<string, string> = {
  String: "TEXT",
  Int: "INTEGER",
  BigInt: "BIGINT",
  Float: "REAL",
  Decimal: "DECIMAL",
  Boolean: "BOOLEAN",
  DateTime: "DATETIME",
  Json: "JSONB",
  Bytes: "BLOB",
};

// Prisma's onDelete names as SQLite reports them in foreign_key_list.
const REFERENTIAL_ACTIONS: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

interface IndexInfo {
  name: string;
  unique: boolean;
  columns: string[];
}

interface ForeignKeyRow {
  id: number;
  seq: number;
  table: string;
  from: string;
  to: string;
  on_delete: string;
}

export function findSchemaDrift(datamodel: Datamodel, db: Database.Database, options: DriftOptions = {}): string[] {
  const ignoreTable = options.ignoreTable ?? (() => false);
  const problems: string[] = [];
  const schemaTables = new Set(datamodel.models.map((model) => model.dbName ?? model.name));
  const existingTables = new Set(
    (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as {
        name: string;
      }[]
    ).map((row) => row.name),
  );

  for (const model of datamodel.models) {
    const table = model.dbName ?? model.name;
    if (!existingTables.has(table)) {
      problems.push(`table "${table}" (model ${model.name}) is missing`);
      continue;
    }
    const columns = new Map(
      (db.pragma(`table_info("${table}")`) as ColumnInfo[]).map((column) => [column.name, column]),
    );
    const columnOf = (fieldName: string) => model.fields.find((f) => f.name === fieldName)?.dbName ?? fieldName;
    const scalars = model.fields.filter((field) => field.kind === "scalar" || field.kind === "enum");

    for (const field of scalars) {
      const name = field.dbName ?? field.name;
      const column = columns.get(name);
      if (!column) {
        problems.push(`column "${table}"."${name}" is missing`);
        continue;
      }
      const expectedType = field.kind === "enum" ? "TEXT" : SQLITE_TYPES[field.type];
      if (expectedType === undefined)
        problems.push(`"${table}"."${name}": no known SQLite type for Prisma type ${field.type}`);
      else if (column.type.toUpperCase() !== expectedType) {
        problems.push(`column "${table}"."${name}" is ${column.type || "untyped"}, expected ${expectedType}`);
      }
      if (field.isRequired !== (column.notnull === 1)) {
        problems.push(
          `column "${table}"."${name}" is ${column.notnull === 1 ? "NOT NULL" : "nullable"}, expected ${field.isRequired ? "NOT NULL" : "nullable"}`,
        );
      }
    }

    const fieldColumns = new Set(scalars.map((field) => field.dbName ?? field.name));
    for (const name of columns.keys()) {
      if (!fieldColumns.has(name)) problems.push(`column "${table}"."${name}" is not in the schema`);
    }

    const primaryKey = [...columns.values()]
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    const indexes = readIndexes(db, table);
    const expectedIndexes: string[][] = [];
    for (const index of datamodel.indexes.filter((i) => i.model === model.name)) {
      const wanted = index.fields.map((f) => columnOf(f.name));
      const list = describe(wanted);
      if (index.type === "id") {
        if (!sameList(primaryKey, wanted))
          problems.push(`"${table}" primary key is ${describe(primaryKey)}, expected ${list}`);
      } else if (index.type === "unique") {
        expectedIndexes.push(wanted);
        if (!indexes.some((i) => i.unique && sameList(i.columns, wanted)))
          problems.push(`"${table}" has no unique index on ${list}`);
      } else if (index.type === "normal") {
        expectedIndexes.push(wanted);
        if (!indexes.some((i) => sameList(i.columns, wanted))) problems.push(`"${table}" has no index on ${list}`);
      }
    }
    for (const index of indexes) {
      if (index.name.startsWith("sqlite_autoindex_")) continue; // backs the primary key
      if (!expectedIndexes.some((wanted) => sameList(index.columns, wanted))) {
        problems.push(`index "${index.name}" on "${table}" ${describe(index.columns)} is not in the schema`);
      }
    }

    problems.push(...checkForeignKeys(db, model, table, datamodel));
  }

  for (const table of existingTables) {
    if (!schemaTables.has(table) && !ignoreTable(table)) problems.push(`table "${table}" is not in the schema`);
  }
  return problems;
}

function checkForeignKeys(db: Database.Database, model: DatamodelModel, table: string, datamodel: Datamodel): string[] {
  const problems: string[] = [];
  // A composite foreign key is several rows sharing one id.
  const byId = new Map<number, ForeignKeyRow[]>();
  for (const row of db.pragma(`foreign_key_list("${table}")`) as ForeignKeyRow[]) {
    byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  }
  const keys = [...byId.values()].map((rows) => {
    const ordered = rows.sort((a, b) => a.seq - b.seq);
    return {
      parent: ordered[0]?.table ?? "",
      from: ordered.map((r) => r.from),
      to: ordered.map((r) => r.to),
      onDelete: ordered[0]?.on_delete ?? "",
    };
  });

  const relations = model.fields.filter(
    (field) => field.kind === "object" && (field.relationFromFields?.length ?? 0) > 0,
  );
  const columnOf = (fieldName: string, m: DatamodelModel | undefined) =>
    m?.fields.find((f) => f.name === fieldName)?.dbName ?? fieldName;
  for (const relation of relations) {
    const from = (relation.relationFromFields ?? []).map((name) => columnOf(name, model));
    const parentModel = datamodel.models.find((m) => m.name === relation.type);
    const parent = parentModel?.dbName ?? relation.type;
    const to = (relation.relationToFields ?? []).map((name) => columnOf(name, parentModel));
    // Prisma's default: SetNull for an optional relation, Restrict for a required one.
    const onDelete = REFERENTIAL_ACTIONS[relation.relationOnDelete ?? (relation.isRequired ? "Restrict" : "SetNull")];
    const key = keys.find((k) => sameList(k.from, from));
    const label = `foreign key "${table}"${describe(from)} (relation ${model.name}.${relation.name})`;
    if (!key) {
      problems.push(`${label} is missing`);
      continue;
    }
    if (key.parent !== parent || !sameList(key.to, to)) {
      problems.push(`${label} references "${key.parent}"${describe(key.to)}, expected "${parent}"${describe(to)}`);
    }
    if (key.onDelete !== onDelete)
      problems.push(`${label} is ON DELETE ${key.onDelete}, expected ON DELETE ${onDelete}`);
  }
  for (const key of keys) {
    const known = relations.some((r) =>
      sameList(
        key.from,
        (r.relationFromFields ?? []).map((name) => columnOf(name, model)),
      ),
    );
    if (!known) problems.push(`foreign key "${table}"${describe(key.from)} → "${key.parent}" is not in the schema`);
  }
  return problems;
}

function readIndexes(db: Database.Database, table: string): IndexInfo[] {
  const list = db.pragma(`index_list("${table}")`) as { name: string; unique: number }[];
  return list.map((index) => ({
    name: index.name,
    unique: index.unique === 1,
    columns: (db.pragma(`index_info("${index.name}")`) as { seqno: number; name: string }[])
      .sort((a, b) => a.seqno - b.seqno)
      .map((c) => c.name),
  }));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function describe(columns: readonly string[]): string {
  return `(${columns.map((c) => `"${c}"`).join(", ")})`;
}
