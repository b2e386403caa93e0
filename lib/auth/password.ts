// Password hashing with argon2id at OWASP's minimum recommended cost
// (m = 19 MiB, t = 2, p = 1). Verification reads the parameters from the stored
// PHC string, so raising the cost later does not break existing hashes.
import { hash, verify } from "@node-rs/argon2";

// `Algorithm` is a const enum in the package's types, which isolated modules cannot
// inline; 2 is its Argon2id member.
const ARGON2ID = 2;

export const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

/** A stored value that is an argon2 hash (not, say, the marker of a pending invitation). */
export function isPasswordHash(stored: string): boolean {
  return stored.startsWith("$argon2");
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    // A malformed stored hash must read as "wrong password", never as a crash.
    return false;
  }
}

// Verified against when the email is unknown, so both cases cost the same time and
// the response time does not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword("decoy-password-that-never-matches");
  return decoyHash;
}
