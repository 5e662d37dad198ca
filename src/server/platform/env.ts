import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. Every setting is checked once at start; a bad value stops the
 * process with a message naming the variable.
 */
const EnvSchema = z.object({
  /** 0 lets the system choose a free port (tests). */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
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
  /** The address people reach DXShip at; links in mail and calendar feeds are built on it. */
  PUBLIC_URL: z
    .url('http:// または https:// で始まる URL を指定してください')
    .regex(/^https?:\/\//, 'http:// または https:// で始まる URL を指定してください')
    .optional(),
  /** How often `serve` evaluates due notifications and sends the outbox (seconds). */
  NOTIFY_INTERVAL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(120),
  /** Hour of the day (Japan time) from which the daily digest is mailed. */
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
});

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
  backupKey: string | undefined;
  mail: MailSettings;
  notifyIntervalSeconds: number;
};

/** Outgoing mail: off without an SMTP URL. `publicUrl` has no trailing slash. */
export type MailSettings = {
  smtpUrl: string | undefined;
  from: string;
  publicUrl: string;
  digestHour: number;
};

/** Parses the environment (process.env by default) into typed settings; throws on bad values. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`環境変数が不正です:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
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
  };
}
