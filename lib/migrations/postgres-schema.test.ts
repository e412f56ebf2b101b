import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, postgresSchemaText, SQLITE_SCHEMA } from "./postgres-schema";

describe("prisma/postgresql/schema.prisma", () => {
  it("is the SQLite schema with PostgreSQL's provider and client folder (run npm run db:generate after editing)", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchemaText(readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("refuses a schema whose provider line it cannot find, rather than writing a copy for SQLite", () => {
    expect(() => postgresSchemaText('datasource db {\n  provider = "mysql"\n}')).toThrow(/exactly one/);
  });
});
