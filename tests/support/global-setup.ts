import { prepareTemplate } from './test-db.ts';

/** Vitest global setup: on PostgreSQL, migrate a template database once for all test files. */
export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) await prepareTemplate(url);
}
