import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { MatchingRule } from '../../domain/matching-rules.ts';
import { users } from './accounts.ts';

/** The options a scenario fixes for the optimizer (see src/optimizer/cost-model.ts). */
export type ScenarioSettings = {
  weights: Record<string, number>;
  /** Pairs fixed in advance. */
  locks: { personId: string; postId: string }[];
  /** Pairs never allowed. */
  forbidden: { personId: string; postId: string }[];
  /** What-if: people left out (e.g. on leave next year). */
  excludedPeople: string[];
  /** What-if: posts left out (e.g. budget not secured). */
  excludedPosts: string[];
  unfilledPostCost: number;
  unassignedPersonCost: number;
};

/** A saved matching scenario for a 年度. */
export const matchingScenarios = pgTable('matching_scenarios', {
  id: uuid('id').primaryKey().defaultRandom(),
  fiscalYear: integer('fiscal_year').notNull(),
  name: text('name').notNull(),
  settings: jsonb('settings').$type<ScenarioSettings>().notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  acceptedAt: timestamp('accepted_at', { withTimezone: true }),
});

export const MATCHING_RUN_STATUSES = ['running', 'done', 'failed', 'cancelled'] as const;

/** One solve of a scenario: progress while running, then the proposal with explanations and metrics. */
export const matchingRuns = pgTable('matching_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  scenarioId: uuid('scenario_id')
    .notNull()
    .references(() => matchingScenarios.id, { onDelete: 'cascade' }),
  status: text('status', { enum: MATCHING_RUN_STATUSES }).notNull().default('running'),
  progress: real('progress').notNull().default(0),
  result: jsonb('result'),
  error: text('error'),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  /**
   * Written (database clock) by the process solving the run while it runs; a running run whose
   * heartbeat is older than the limit lost its process and is stored as failed (decision 015).
   */
  heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The programme's placement rules (one record: the rules page edits them together). Absent until a
 * talent officer first saves; until then the deck's defaults apply (src/domain/matching-rules.ts).
 */
export const matchingRuleSets = pgTable(
  'matching_rule_sets',
  {
    id: integer('id').primaryKey().default(1),
    rules: jsonb('rules').$type<MatchingRule[]>().notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('matching_rule_sets_single', sql`${t.id} = 1`)],
);
