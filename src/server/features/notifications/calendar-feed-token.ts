import { createHash, randomBytes } from 'node:crypto';

/** A new feed secret: 256 random bits, base64url (43 characters). */
export function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the table keeps of a feed secret. */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
