import {
  bigint,
  boolean,
  char,
  date,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { BUSINESSES, MIGRATION_STEPS } from '../../domain/standard-businesses.ts';
import { HOSTING_VALUES, SYSTEM_STATUS_VALUES } from '../../domain/system-values.ts';
import { orgs } from './orgs.ts';

export { HOSTING_VALUES, SYSTEM_STATUS_VALUES };

/**
 * 情報システム台帳: one row per information system of a body. Shared for reading between all bodies;
 * each body edits its own rows. Money in yen; dates as ISO dates.
 */
export const systems = pgTable(
  'systems',
  {
    id: serial('id').primaryKey(),
    orgCode: char('org_code', { length: 6 })
      .notNull()
      .references(() => orgs.code),
    name: text('name').notNull(),
    /** One of the 20 標準化対象業務, or その他. */
    business: text('business', { enum: BUSINESSES }).notNull(),
    /** 業務分類: what the system does when the business is その他 (財務会計, 電子申請 …), optional otherwise. */
    category: text('category'),
    /** The owning unit (担当課). */
    unit: text('unit'),
    vendor: text('vendor'),
    product: text('product'),
    hosting: text('hosting', { enum: HOSTING_VALUES }).notNull(),
    contractStart: date('contract_start', { mode: 'string' }),
    contractEnd: date('contract_end', { mode: 'string' }),
    yearlyCost: bigint('yearly_cost', { mode: 'number' }),
    users: integer('users'),
    personalData: boolean('personal_data').notNull().default(false),
    status: text('status', { enum: SYSTEM_STATUS_VALUES }).notNull().default('稼働中'),
    /** Standardisation / ガバメントクラウド migration step (the 20 businesses only). */
    migrationStep: text('migration_step', { enum: MIGRATION_STEPS }),
    migrationTargetDate: date('migration_target_date', { mode: 'string' }),
    note: text('note'),
    /** The import that created the row, if any. */
    importBatchId: uuid('import_batch_id'),
    /** Raised by one on every change (optimistic concurrency: ETag / If-Match). */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('systems_org_idx').on(t.orgCode),
    index('systems_business_idx').on(t.business),
    index('systems_contract_end_idx').on(t.contractEnd),
  ],
);
