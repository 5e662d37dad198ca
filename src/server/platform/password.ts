import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import pLimit from 'p-limit';
import { AppError } from './errors.ts';

/** scrypt's cost parameters. */
export type ScryptCost = { n: number; r: number; p: number };

/** OWASP's current recommendation for scrypt (Password Storage Cheat Sheet): N=2^17, r=8, p=1. */
export const RECOMMENDED_COST: ScryptCost = Object.freeze({ n: 2 ** 17, r: 8, p: 1 });

const KEY_LENGTH = 64;
/** Attempts allowed to wait for a hashing slot; beyond them the server answers 503 at once. */
const MAX_WAITING = 64;

let cost: ScryptCost = RECOMMENDED_COST;
let limit = pLimit(2);
let peakActive = 0;

/**
 * Sets the cost of new hashes and how many are computed at once (each scrypt at N=2^17, r=8 holds
 * 128 MiB, so parallel sign-ins must not all run together: the others wait in line). Called at start
 * with the PASSWORD_* settings; tests lower the cost.
 */
export function configurePasswordHashing(options: { cost?: ScryptCost; concurrency?: number }): void {
  if (options.cost) cost = Object.freeze({ ...options.cost });
  if (options.concurrency !== undefined) limit = pLimit(options.concurrency);
  peakActive = 0;
}

/** How busy the hashing is: running, waiting, and the most ever run at once (for tests and logs). */
export function passwordHashingLoad(): { active: number; waiting: number; peakActive: number } {
  return { active: limit.activeCount, waiting: limit.pendingCount, peakActive };
}

/** Runs one scrypt in a slot of the bounded pool; refuses (503) when too many already wait. */
function inSlot<T>(work: () => Promise<T>): Promise<T> {
  if (limit.pendingCount >= MAX_WAITING) {
    throw new AppError(
      'SERVER_BUSY',
      503,
      'ただいまログインが混み合っています。少し待ってから、もう一度お試しください。',
      undefined,
      { 'Retry-After': '2' },
    );
  }
  return limit(async () => {
    peakActive = Math.max(peakActive, limit.activeCount);
    return work();
  });
}

function derive(password: string, salt: Buffer, c: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem: scrypt needs 128·N·r bytes; twice that leaves room for its bookkeeping.
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_LENGTH,
      { N: c.n, r: c.r, p: c.p, maxmem: 256 * c.n * c.r },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

/** Hashes a password with scrypt at the configured cost; the result carries its parameters and salt. */
export async function hashPassword(password: string, hashCost: ScryptCost = cost): Promise<string> {
  const salt = randomBytes(16);
  const key = await inSlot(() => derive(password, salt, hashCost));
  return ['scrypt', hashCost.n, hashCost.r, hashCost.p, salt.toString('base64'), key.toString('base64')].join(
    '$',
  );
}

function parse(stored: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | null {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return null;
  const parsed = { n: Number(n), r: Number(r), p: Number(p) };
  if (![parsed.n, parsed.r, parsed.p].every(Number.isSafeInteger)) return null;
  return { cost: parsed, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

/** Checks a password against a stored hash (with the hash's own parameters) in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const hash = parse(stored);
  if (!hash) return false;
  const actual = await inSlot(() => derive(password, hash.salt, hash.cost));
  return actual.length === hash.key.length && timingSafeEqual(actual, hash.key);
}

/** Whether a stored hash was made with weaker parameters than today's: it is upgraded at next sign-in. */
export function needsRehash(stored: string): boolean {
  const hash = parse(stored);
  if (!hash) return true;
  return hash.cost.n < cost.n || hash.cost.r < cost.r || hash.cost.p < cost.p;
}

const dummyHashes = new Map<string, Promise<string>>();

/** A hash of a random password at today's cost, verified against when the login does not exist (same timing). */
export function dummyPasswordHash(): Promise<string> {
  const key = `${cost.n}:${cost.r}:${cost.p}`;
  let hash = dummyHashes.get(key);
  if (!hash) {
    hash = hashPassword(randomBytes(16).toString('hex'));
    dummyHashes.set(key, hash);
  }
  return hash;
}
