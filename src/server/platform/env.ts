import { resolve } from 'node:path';
import { z } from 'zod';
import { ROLES, type Role } from '../../domain/roles.ts';
import { parseTrustProxy, type TrustProxy } from './client-address.ts';

/**
 * The only reader of process.env. Every setting is checked once at start; a bad value stops the
 * process with a message naming the variable.
 */
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));
const optionalUrl = optionalText.pipe(z.url('URL を指定してください').optional());

const EnvSchema = z.object({
  /** 0 lets the system choose a free port (tests). */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Loopback by default: listening beyond this machine is a deliberate choice. */
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'postgres:// で始まる接続文字列を指定してください')
    .optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(8),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  /** Imports stream the file into the parser, so they may be far larger than other requests. */
  IMPORT_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(512 * 1024 * 1024),
  /**
   * Signs backups with HMAC-SHA256 so that restore refuses a file whose values were changed. At least
   * 32 characters; keep it apart from the backups (a password manager, the operator's vault).
   */
  BACKUP_KEY: z.string().min(32, 'BACKUP_KEY は32文字以上にしてください').optional(),
  /** SMTP server for notifications (smtp:// or smtps://, credentials in the URL); unset = mail off. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/\s]+/, 'smtp:// または smtps:// で始まる URL を指定してください')
    .optional(),
  /** The sender of notification mail, e.g. `DXShip <dxship@pref.hiroshima.lg.jp>`. */
  MAIL_FROM: z.string().min(3).default('DXShip <dxship@localhost>'),
  /** How often `serve` evaluates due notifications and sends the outbox (seconds). */
  NOTIFY_INTERVAL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(120),
  /**
   * A matching run whose solving process wrote no heartbeat for this long is stored as failed (its
   * server stopped). Well above the heartbeat (a sixth of it, at most 10 s).
   */
  MATCHING_RUN_STALE_SECONDS: z.coerce.number().int().min(3).max(86_400).default(120),
  /** Hour of the day (Japan time) from which the daily digest is mailed. */
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
  /** `1`: demo accounts may sign in even when the server listens beyond loopback. */
  DXSHIP_ALLOW_DEMO: z.enum(['0', '1', '']).optional(),
  TRUST_PROXY: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustProxy(value);
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          message: `プロキシのアドレス（CIDR）またはホップ数を指定してください（${error instanceof Error ? error.message : String(error)}）`,
        });
      }
    }),
  /** Roles that must enrol two-factor sign-in (comma-separated). */
  MFA_REQUIRED_ROLES: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(ROLES, `役割は ${ROLES.join(', ')} から指定してください`))),
  OIDC_ISSUER: optionalUrl,
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  OIDC_REDIRECT_URI: optionalUrl,
  OIDC_LOGIN_CLAIM: optionalText,
  OIDC_LABEL: optionalText,
  /** The address users reach the app at (for password reset links); default: the request's origin. */
  PUBLIC_URL: optionalUrl,
  /** scrypt hashes computed at once; further attempts wait in line (each takes 128 MiB). */
  PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /** scrypt's N for new hashes (OWASP: 2^17). Lower values are for test runs only. */
  PASSWORD_SCRYPT_N: z.coerce
    .number()
    .int()
    .refine(
      (n) => n >= 1024 && n <= 2 ** 20 && (n & (n - 1)) === 0,
      '1024〜1048576 の2の累乗を指定してください',
    )
    .default(2 ** 17),
});

/** OpenID Connect sign-in, when OIDC_ISSUER is set. */
export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  redirectUri: string;
  /** The claim that holds the DXShip login. */
  loginClaim: string;
  /** The text of the sign-in button. */
  label: string;
};

export type Env = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionTtlHours: number;
  cookieSecure: 'auto' | 'true' | 'false';
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  bodyLimitBytes: number;
  importLimitBytes: number;
  /** Whether demo accounts may sign in: the server listens on loopback only, or DXSHIP_ALLOW_DEMO=1. */
  demoAccountsAllowed: boolean;
  /** Whether DXSHIP_ALLOW_DEMO=1 was set. */
  demoExplicitlyAllowed: boolean;
  trustProxy: TrustProxy;
  mfaRequiredRoles: Role[];
  oidc: OidcSettings | null;
  publicUrl: string | undefined;
  passwordHashConcurrency: number;
  passwordScryptN: number;
  backupKey: string | undefined;
  mail: MailSettings;
  notifyIntervalSeconds: number;
  matchingRunStaleSeconds: number;
};

/** Outgoing mail: off without an SMTP URL. `publicUrl` has no trailing slash. */
export type MailSettings = {
  smtpUrl: string | undefined;
  from: string;
  publicUrl: string;
  digestHour: number;
};

/** Whether `host` (the listening address) is reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

function oidcOf(e: z.infer<typeof EnvSchema>): OidcSettings | null {
  if (!e.OIDC_ISSUER) return null;
  const missing = [
    ['OIDC_CLIENT_ID', e.OIDC_CLIENT_ID],
    ['OIDC_REDIRECT_URI', e.OIDC_REDIRECT_URI],
  ].filter(([, v]) => !v);
  if (missing.length > 0) {
    const names = missing.map(([n]) => n).join(', ');
    throw new Error(`環境変数が不正です:\n  OIDC_ISSUER を指定したときは ${names} も指定してください`);
  }
  return {
    issuer: e.OIDC_ISSUER,
    clientId: e.OIDC_CLIENT_ID ?? '',
    clientSecret: e.OIDC_CLIENT_SECRET,
    redirectUri: e.OIDC_REDIRECT_URI ?? '',
    loginClaim: e.OIDC_LOGIN_CLAIM ?? 'email',
    label: e.OIDC_LABEL ?? 'シングルサインオンでログイン',
  };
}

/** Parses the environment (process.env by default) into typed settings; throws on bad values. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`環境変数が不正です:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const demoExplicitlyAllowed = e.DXSHIP_ALLOW_DEMO === '1';
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE,
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    importLimitBytes: e.IMPORT_LIMIT_BYTES,
    backupKey: e.BACKUP_KEY,
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
      publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
      digestHour: e.DIGEST_HOUR,
    },
    notifyIntervalSeconds: e.NOTIFY_INTERVAL_SECONDS,
    matchingRunStaleSeconds: e.MATCHING_RUN_STALE_SECONDS,
    demoAccountsAllowed: demoExplicitlyAllowed || isLoopbackHost(e.HOST),
    demoExplicitlyAllowed,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    mfaRequiredRoles: e.MFA_REQUIRED_ROLES,
    oidc: oidcOf(e),
    publicUrl: e.PUBLIC_URL,
    passwordHashConcurrency: e.PASSWORD_HASH_CONCURRENCY,
    passwordScryptN: e.PASSWORD_SCRYPT_N,
  };
}
