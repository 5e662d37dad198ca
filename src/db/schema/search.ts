import { integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The search dictionary: local-government abbreviations and synonyms (住基 = 住民基本台帳 = 住民記録).
 * A query term equal to any word of an entry also finds the other words. Kept by admins.
 */
export const searchSynonyms = pgTable('search_synonyms', {
  id: serial('id').primaryKey(),
  /** The headword as people type it (an abbreviation such as 住基); unique once normalised (checked by the use case). */
  term: text('term').notNull().unique(),
  /** The words it stands for or means the same as. */
  synonyms: text('synonyms').array().notNull(),
  note: text('note'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
