import { char, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** 団体: the prefecture and its 23 市町, keyed by the 6-digit 全国地方公共団体コード. */
export const orgs = pgTable('orgs', {
  code: char('code', { length: 6 }).primaryKey(),
  name: text('name').notNull().unique(),
  kana: text('kana').notNull(),
  romaji: text('romaji').notNull(),
  type: text('type', { enum: ['県', '市', '町'] }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 人材シェア参画: one row per body and 年度 (starting calendar year) in which it takes part. */
export const orgParticipation = pgTable(
  'org_participation',
  {
    orgCode: char('org_code', { length: 6 })
      .notNull()
      .references(() => orgs.code),
    fiscalYear: integer('fiscal_year').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgCode, t.fiscalYear] })],
);
