import { bigserial, boolean, char, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgs } from './orgs.ts';

export const ROLE_VALUES = [
  'admin',
  'talent_officer',
  'municipal_manager',
  'municipal_staff',
  'member',
  'viewer',
] as const;

/** A login account. Every user belongs to exactly one body. */
export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  login: text('login').notNull().unique(),
  displayName: text('display_name').notNull(),
  /** Where notifications and reset links are mailed (optional). */
  email: text('email'),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ROLE_VALUES }).notNull(),
  orgCode: char('org_code', { length: 6 })
    .notNull()
    .references(() => orgs.code),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Server-side sessions; the cookie carries a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Login attempts, kept in the database so throttling holds across app processes. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    login: text('login').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('login_attempts_login_at_idx').on(t.login, t.at),
    index('login_attempts_ip_at_idx').on(t.ip, t.at),
  ],
);
