import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashToken, newToken } from "@/lib/users/tokens";
import type { apiKeyNameSchema } from "./key-schemas";

/** Every key starts so, which tells a leaked one apart in logs and secret scanners. */
export const API_KEY_PREFIX = "byline_";
/** How much of a key the list shows: the fixed start and six random characters. */
const SHOWN_CHARACTERS = API_KEY_PREFIX.length + 6;
/** A key's last use is written at most this often, so reading the API does not mean writing the database. */
export const API_KEY_USE_RESOLUTION_MS = 60_000;

/** Who made or revoked a key: a signed-in admin, or nobody for `npm run apikey:create`. */
export type KeyActor = { actor: { id: string; email: string } | null; ip: string };

export type CreatedApiKey = { id: string; name: string; prefix: string; key: string };

/** Makes a key; the whole key is in the answer and nowhere else, only its hash is stored. */
export async function createApiKey(
  client: PrismaClient,
  { name }: z.output<typeof apiKeyNameSchema>,
  { actor, ip }: KeyActor,
): Promise<CreatedApiKey> {
  const key = `${API_KEY_PREFIX}${newToken().token}`;
  const prefix = key.slice(0, SHOWN_CHARACTERS);
  return client.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: { name, prefix, hash: hashToken(key), createdById: actor?.id ?? null },
      select: { id: true },
    });
    await recordAudit(tx, {
      action: "apikey.create",
      actor,
      targetType: "apikey",
      targetId: row.id,
      details: { name, prefix, ...(actor ? {} : { via: "npm run apikey:create" }) },
      ip,
    });
    return { id: row.id, name, prefix, key };
  });
}

export type RevokeResult = { ok: true; name: string } | { ok: false; message: string };

/** Stops a key working at once; the row stays, so the list and the audit log still name it. */
export async function revokeApiKey(client: PrismaClient, id: string, { actor, ip }: KeyActor): Promise<RevokeResult> {
  return client.$transaction(async (tx) => {
    const row = await tx.apiKey.findUnique({ where: { id }, select: { name: true, prefix: true, revokedAt: true } });
    if (!row) return { ok: false, message: "That key is not there any more. Reload the page." };
    if (row.revokedAt) return { ok: false, message: `“${row.name}” was already revoked.` };
    await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      action: "apikey.revoke",
      actor,
      targetType: "apikey",
      targetId: id,
      details: { name: row.name, prefix: row.prefix },
      ip,
    });
    return { ok: true, name: row.name };
  });
}

export type ApiKeyRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdBy: { name: string } | null;
};

/** Every key, working ones first, newest first. */
export async function listApiKeys(client: PrismaClient): Promise<ApiKeyRow[]> {
  const rows = await client.apiKey.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
    },
  });
  return [...rows.filter((row) => !row.revokedAt), ...rows.filter((row) => row.revokedAt)];
}

export type ApiCaller = { id: string; name: string; lastUsedAt: Date | null };

/**
 * The working key a request presents, or null. Looked up by hash, so the
 * lookup's timing says nothing about how much of a guess was right.
 */
export async function authenticateApiKey(client: PrismaClient, presented: string): Promise<ApiCaller | null> {
  if (!presented.startsWith(API_KEY_PREFIX) || presented.length > 200) return null;
  const row = await client.apiKey.findUnique({
    where: { hash: hashToken(presented) },
    select: { id: true, name: true, lastUsedAt: true, revokedAt: true },
  });
  return row && !row.revokedAt ? { id: row.id, name: row.name, lastUsedAt: row.lastUsedAt } : null;
}

/** Notes a key's use after a request it answered, at most once a minute. */
export async function noteApiKeyUse(client: PrismaClient, caller: ApiCaller, now: Date = new Date()): Promise<void> {
  if (caller.lastUsedAt && now.getTime() - caller.lastUsedAt.getTime() < API_KEY_USE_RESOLUTION_MS) return;
  await client.apiKey.update({ where: { id: caller.id }, data: { lastUsedAt: now } });
}
