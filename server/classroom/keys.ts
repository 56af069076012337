// The teacher's host key and the students' browser ids are bearer secrets: only their
// sha-256 is stored, so a copy of the database opens no class.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 32 url-safe characters (192 random bits). */
export function newHostKey(): string {
  return randomBytes(24).toString("base64url");
}

/** A class id: 16 url-safe characters (96 bits), hard to guess from a report link. */
export function newClassId(): string {
  return randomBytes(12).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Compares a secret with a stored hash in constant time. */
export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
