/**
 * Fills the 台帳 of a benchmark database to `total` systems with one INSERT … SELECT over
 * generate_series: names drawn from the kinds of systems bodies run (so `住民` matches a realistic
 * share), every body, every hosting, contract ends spread over ten years. The server must not be
 * running (PGlite has one opener); its search index is built when it starts.
 */
import { sql } from 'drizzle-orm';
import { loadDemoData } from '../../src/db/demo/load-demo-data.ts';
import { openDatabase, queryRows } from '../../src/server/platform/db.ts';

const NAMES = [
  '住民記録システム',
  '住民税システム',
  '固定資産税システム',
  '国民健康保険システム',
  '介護保険システム',
  '財務会計システム',
  '文書管理システム',
  '電子申請システム',
  '公共施設予約システム',
  '図書館システム',
  '戸籍システム',
  '人事給与システム',
];

/** Adds systems until the 台帳 holds `total` (then vacuums them); loads the demo data first on an empty database. */
export async function seedSystems(target: { databaseUrl?: string; dataDir: string }, total: number) {
  const database = await openDatabase(target);
  try {
    await database.migrate();
    await loadDemoData(database.db);
    const [{ n = 0 } = {}] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM systems`,
    );
    const missing = total - n;
    if (missing <= 0) return;
    const names = `{${NAMES.join(',')}}`;
    await database.db.execute(sql`
      INSERT INTO systems (org_code, name, business, hosting, vendor, contract_end, yearly_cost, personal_data, status)
      SELECT o.codes[1 + g % array_length(o.codes, 1)],
             (${names}::text[])[1 + g % ${NAMES.length}] || ' ' || g,
             'その他',
             (ARRAY['オンプレミス','クラウド','ガバメントクラウド','LGWAN-ASP'])[1 + g % 4],
             'ベンチ株式会社' || (g % 97),
             DATE '2025-03-31' + (g % 3650),
             1000000 + (g % 1000) * 10000,
             g % 3 = 0,
             '稼働中'
      FROM generate_series(1, ${missing}) AS g,
           (SELECT array_agg(code ORDER BY code) AS codes FROM orgs) AS o`);
    // As after any bulk load: statistics and the visibility map now, rather than an autovacuum of
    // 200,000 new rows competing with the measured server for the same two cores.
    await database.db.execute(sql`VACUUM ANALYZE systems`);
  } finally {
    await database.close();
  }
}
