import {
  bigserial,
  boolean,
  char,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgs } from './orgs.ts';

export const ROLE_VALUES = [
  'admin',
  'talent_officer',
  'municipal_manager',
  'municipal_staff',
  'member',
  'viewer',
] as const;

/** How a session was opened: a local password (then, if enrolled, a TOTP code) or OpenID Connect. */
export const SESSION_METHODS = ['password', 'oidc'] as const;

/** What a row of `login_attempts` records (each kind is throttled per login; all count per address). */
export const ATTEMPT_KINDS = ['password', 'totp', 'password_change', 'reset'] as const;

/** A login account. Every user belongs to exactly one body. */
export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  login: text('login').notNull().unique(),
  displayName: text('display_name').notNull(),
  /** Where notifications and reset links are mailed (optional). */
  email: text('email'),
  /** Null for an account that signs in only through OpenID Connect (or has not set a password yet). */
  passwordHash: text('password_hash'),
  role: text('role', { enum: ROLE_VALUES }).notNull(),
  orgCode: char('org_code', { length: 6 })
    .notNull()
    .references(() => orgs.code),
  disabled: boolean('disabled').notNull().default(false),
  /** A demo account (published password): refused unless the server listens on loopback only. */
  isDemo: boolean('is_demo').notNull().default(false),
  /** The confirmed TOTP secret (base32); null while two-factor sign-in is not enrolled. */
  totpSecret: text('totp_secret'),
  /** A secret shown for enrolment and not yet confirmed with a code. */
  totpPendingSecret: text('totp_pending_secret'),
  totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
  /** The last TOTP time step accepted: a code is never accepted twice. */
  totpLastStep: integer('totp_last_step'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/** Server-side sessions; the cookie carries a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    /** The session's public id (listing and ending one's own sessions never shows the token's hash). */
    id: uuid('id').notNull().unique().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    method: text('method', { enum: SESSION_METHODS }).notNull().default('password'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Refreshed at most once a minute per session, so requests do not each write. */
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/**
 * Sign-in attempts, kept in the database so throttling holds across app processes. A row is written
 * before the secret is checked, `succeeded` null ("being checked", counted like a failure, so parallel
 * attempts count at once), then set to true or false; `reset` rows are an administrator's or a reset
 * link's unlock of a login.
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    login: text('login').notNull(),
    ip: text('ip').notNull(),
    kind: text('kind', { enum: ATTEMPT_KINDS }).notNull().default('password'),
    succeeded: boolean('succeeded'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('login_attempts_login_at_idx').on(t.login, t.at),
    index('login_attempts_ip_at_idx').on(t.ip, t.at),
  ],
);

/** One-time password reset links: only the token's SHA-256 is stored; valid 24 hours, used once. */
export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('password_reset_tokens_user_idx').on(t.userId)],
);

/** The ten one-time recovery codes of a TOTP enrolment (SHA-256 of each; the codes are random). */
export const mfaRecoveryCodes = pgTable(
  'mfa_recovery_codes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('mfa_recovery_codes_user_idx').on(t.userId)],
);

/** A password accepted, awaiting the second factor: the challenge token's SHA-256, valid 5 minutes. */
export const mfaChallenges = pgTable('mfa_challenges', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** An OpenID Connect sign-in in progress: state (hashed), PKCE verifier and nonce, valid 10 minutes. */
export const oidcLoginRequests = pgTable('oidc_login_requests', {
  stateHash: text('state_hash').primaryKey(),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
