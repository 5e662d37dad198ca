import {
  bigint,
  char,
  date,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { orgs } from './orgs.ts';

/** The services the prefecture and 市町 use jointly today (p.27). */
export const JOINT_SERVICE_VALUES = ['電子申請', '公共施設予約', '電子入札'] as const;

/**
 * A jointly used, jointly procured system: the lead body tenders on the premise of joint use, then
 * each participant contracts with the winner individually (p.27).
 */
export const jointSystems = pgTable('joint_systems', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  service: text('service', { enum: JOINT_SERVICE_VALUES }).notNull(),
  leadOrgCode: char('lead_org_code', { length: 6 })
    .notNull()
    .references(() => orgs.code),
  /** 一般競争入札, 公募型プロポーザル … */
  tenderMethod: text('tender_method').notNull(),
  tenderDate: date('tender_date', { mode: 'string' }),
  vendor: text('vendor'),
  product: text('product'),
  contractStart: date('contract_start', { mode: 'string' }).notNull(),
  contractEnd: date('contract_end', { mode: 'string' }).notNull(),
  note: text('note'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A participating body's own contract under a joint system. */
export const jointSystemParticipants = pgTable(
  'joint_system_participants',
  {
    jointSystemId: integer('joint_system_id')
      .notNull()
      .references(() => jointSystems.id, { onDelete: 'cascade' }),
    orgCode: char('org_code', { length: 6 })
      .notNull()
      .references(() => orgs.code),
    contractStart: date('contract_start', { mode: 'string' }).notNull(),
    contractEnd: date('contract_end', { mode: 'string' }).notNull(),
    yearlyCost: bigint('yearly_cost', { mode: 'number' }),
    /** 年度 the body joined. */
    joinedFiscalYear: integer('joined_fiscal_year'),
  },
  (t) => [primaryKey({ columns: [t.jointSystemId, t.orgCode] })],
);
