import { createHash, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

/** The issuer shown in authenticator apps. */
const ISSUER = 'DXShip';
/** RFC 6238 defaults, which every authenticator app supports: SHA-1, 6 digits, 30-second steps. */
const PERIOD_SECONDS = 30;
/** Codes one step early or late are accepted (clock drift between phone and server). */
const WINDOW_STEPS = 1;

function totpOf(secret: string, login: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: login,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** A new random TOTP secret (160 bits, base32), as RFC 4226 recommends. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` URI of an enrolment and its QR code (an SVG data URL the page shows as an image). */
export async function totpEnrolment(secret: string, login: string): Promise<{ uri: string; qrCode: string }> {
  const uri = totpOf(secret, login).toString();
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/**
 * The time step of a correct code for `secret` at `now` (±1 step), or null. The caller stores the
 * step and refuses any step not later than it, so a code is never accepted twice.
 */
export function matchTotp(secret: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const totp = totpOf(secret, '');
  const delta = totp.validate({ token: code, timestamp: now, window: WINDOW_STEPS });
  if (delta === null) return null;
  return totp.counter({ timestamp: now }) + delta;
}

/** The current code for a secret (for tests and the enrolment journey's own authenticator). */
export function currentTotpCode(secret: string, now = Date.now()): string {
  return totpOf(secret, '').generate({ timestamp: now });
}

/** Recovery codes: 10 random characters each, from an alphabet without look-alikes (no 0/O, 1/I/L). */
const RECOVERY_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const RECOVERY_CODE_COUNT = 10;

/** Ten new recovery codes, formatted `XXXXX-XXXXX` (about 49 bits each). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
    return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
  });
}

/** Whether what the user typed looks like a recovery code rather than a TOTP code. */
export function isRecoveryCodeShape(code: string): boolean {
  return normaliseRecoveryCode(code).length === 10;
}

function normaliseRecoveryCode(code: string): string {
  return code.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '');
}

/** The stored form of a recovery code: SHA-256 of its normalised text (the codes are random, not chosen). */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');
}
