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

/**
 * A body's profile for a 年度 (p.14: 江田島市 — 人口規模2万人、一般行政職員約220名, デジタル推進室):
 * population, staff count and its DX organisation (the unit and who heads it). Kept by the body's DX
 * manager and the program office; one row per body and 年度.
 */
export const orgProfiles = pgTable(
  'org_profiles',
  {
    orgCode: char('org_code', { length: 6 })
      .notNull()
      .references(() => orgs.code),
    fiscalYear: integer('fiscal_year').notNull(),
    /** 人口 (people); null when not recorded. */
    population: integer('population'),
    /** 職員数 (一般行政職員); null when not recorded. */
    staffCount: integer('staff_count'),
    /** The unit in charge of DX, e.g. デジタル推進室. */
    dxUnit: text('dx_unit').notNull().default(''),
    /** Who heads DX, e.g. 副市長（CDO）. */
    dxHead: text('dx_head').notNull().default(''),
    /** Where the figures come from, or anything to add. */
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgCode, t.fiscalYear] })],
);
