import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { practices, systems } from '../../../db/schema/index.ts';
import { createApp } from '../../app.ts';
import { openDatabase } from '../../platform/db.ts';
import { createLogger } from '../../platform/logger.ts';
import { buildSearchIndexes } from './build-search-indexes.ts';
import { listenForSearchChanges } from './search-listener.ts';
import { existingSearchService } from './search-service.ts';

type Hit = { id: number; name: string; orgCode: string };
type PracticeHit = { id: number; title: string };
type Facet = { value: string; label: string; count: number };
type Result = {
  terms: string[];
  systems: { total: number; items: Hit[] };
  practices: { total: number; items: PracticeHit[] };
  facets: Record<string, Facet[]>;
};

const ETAJIMA = '342157';
const KURE = '342025';

let t: TestApp;
let etajima: Session;
let viewer: Session;

const SYSTEMS = [
  {
    orgCode: ETAJIMA,
    name: '戸籍情報システム',
    business: '戸籍',
    vendor: '瀬戸内システム株式会社（架空）',
    hosting: 'オンプレミス',
    contractEnd: '2026-03-31',
  },
  {
    orgCode: ETAJIMA,
    name: '戸籍附票システム',
    business: '戸籍の附票',
    vendor: '瀬戸内システム株式会社（架空）',
    hosting: 'ガバメントクラウド',
    contractEnd: '2027-03-31',
  },
  {
    orgCode: KURE,
    name: '個人住民税システム',
    business: '個人住民税',
    vendor: '呉ソフト株式会社（架空）',
    hosting: 'クラウド',
    contractEnd: '2026-09-30',
  },
  {
    orgCode: KURE,
    name: '固定資産税システム',
    business: '固定資産税',
    vendor: '呉ソフト株式会社（架空）',
    hosting: 'クラウド',
    contractEnd: null,
  },
  {
    orgCode: '340006',
    name: '県税総合システム',
    business: 'その他',
    category: '県税',
    vendor: 'ｾﾄｳﾁ電算（架空）',
    hosting: 'オンプレミス',
    contractEnd: '2028-03-31',
  },
  {
    orgCode: '340006',
    name: '籍のない名前',
    business: 'その他',
    vendor: null,
    hosting: 'クラウド',
    contractEnd: null,
  },
] as const;

async function search(query: string, as: Session = viewer): Promise<Result> {
  const res = await t.request('GET', `/api/search?${query}`, { as });
  expect(res.status).toBe(200);
  return (await res.json()) as Result;
}
const names = (r: Result) => r.systems.items.map((h) => h.name);

beforeAll(async () => {
  t = await createTestApp();
  etajima = await t.as('municipal_manager', ETAJIMA);
  viewer = await t.as('viewer', '342092');
  await t.db.insert(systems).values(SYSTEMS.map((s) => ({ ...s })));
  await t.db.insert(practices).values([
    {
      orgCode: ETAJIMA,
      title: '書かない窓口の導入',
      category: '好事例',
      fiscalYear: 2024,
      themes: ['窓口', '生成AI'],
      status: '実施中',
      summary: '戸籍や住民票の申請を、職員の聞き取りで作成する。',
    },
    {
      orgCode: KURE,
      title: 'RPAによる税務事務の効率化',
      category: '県DX関連事業',
      fiscalYear: 2023,
      themes: ['RPA'],
      status: '完了',
      summary: '個人住民税の課税資料の入力を自動化。',
    },
  ]);
});
afterAll(() => t.close());

describe('building the indexes before the first search (dxship serve does)', () => {
  it('builds both indexes over every row, then searches use them', async () => {
    const built = await buildSearchIndexes(t.db);
    expect(built.systems).toBe(SYSTEMS.length);
    expect(built.practices).toBeGreaterThan(0);
    const service = existingSearchService(t.db);
    expect(service?.systems.started).toBe(true);
    expect(service?.practices.started).toBe(true);
    // A second call reuses them.
    const again = await buildSearchIndexes(t.db);
    expect(again).toMatchObject({ systems: built.systems, practices: built.practices });
  });
});

describe('GET /api/search — exact Japanese substring matching', () => {
  it('a 2-character query finds exactly the systems and initiatives containing it', async () => {
    const r = await search(`q=${encodeURIComponent('戸籍')}`);
    expect(names(r)).toEqual(['戸籍情報システム', '戸籍附票システム']);
    expect(r.practices.items.map((p) => p.title)).toEqual(['書かない窓口の導入']);
  });

  it('a 1-character query is exact too (籍 is inside 戸籍 and 籍のない名前)', async () => {
    const r = await search(`q=${encodeURIComponent('籍')}`);
    expect(names(r)).toEqual(['戸籍情報システム', '戸籍附票システム', '籍のない名前']);
    const tax = await search(`q=${encodeURIComponent('税')}&kind=system`);
    expect(names(tax)).toEqual(['個人住民税システム', '固定資産税システム', '県税総合システム']);
    expect(tax.practices.total).toBe(0);
  });

  it('normalises width and case: ｾﾄｳﾁ finds セトウチ, and terms are ANDed', async () => {
    expect(names(await search(`q=${encodeURIComponent('セトウチ')}`))).toEqual(['県税総合システム']);
    const both = await search(`q=${encodeURIComponent('税　呉ソフト')}`);
    expect(names(both)).toEqual(['個人住民税システム', '固定資産税システム']);
    expect(both.terms).toEqual(['呉ソフト', '税']);
  });

  it('searches the body name too', async () => {
    expect(names(await search(`q=${encodeURIComponent('江田島')}`))).toEqual([
      '戸籍情報システム',
      '戸籍附票システム',
    ]);
  });
});

describe('facets', () => {
  it('counts per facet over the results, labelled', async () => {
    const r = await search(`q=${encodeURIComponent('税')}`);
    expect(r.facets.body).toEqual([
      { value: '340006', label: '広島県', count: 1 },
      { value: KURE, label: '呉市', count: 3 },
    ]);
    expect(r.facets.vendor?.[0]).toEqual({
      value: '呉ソフト株式会社（架空）',
      label: '呉ソフト株式会社（架空）',
      count: 2,
    });
    expect(r.facets.contractEndFiscalYear).toEqual([
      { value: '2026', label: '令和8年度', count: 1 },
      { value: '2027', label: '令和9年度', count: 1 },
    ]);
    expect(r.facets.theme).toEqual([{ value: 'RPA', label: 'RPA', count: 1 }]);
  });

  it('filters by body, business, vendor, hosting and contract end; system filters leave initiatives out', async () => {
    expect(names(await search(`orgCode=${KURE}`))).toEqual(['個人住民税システム', '固定資産税システム']);
    expect(names(await search(`business=${encodeURIComponent('戸籍')}`))).toEqual(['戸籍情報システム']);
    expect(
      names(await search(`hosting=${encodeURIComponent('クラウド')}&q=${encodeURIComponent('税')}`)),
    ).toEqual(['個人住民税システム', '固定資産税システム']);
    const ending = await search('contractEndAfter=2026-04-01&contractEndBefore=2027-03-31');
    expect(names(ending)).toEqual(['戸籍附票システム', '個人住民税システム']);
    expect(ending.practices.total).toBe(0);
  });

  it('theme and 年度 filter initiatives and leave systems out', async () => {
    const r = await search(`theme=${encodeURIComponent('窓口')}`);
    expect(r.practices.items.map((p) => p.title)).toEqual(['書かない窓口の導入']);
    expect(r.systems.total).toBe(0);
    expect((await search('fiscalYear=2023')).practices.items.map((p) => p.title)).toEqual([
      'RPAによる税務事務の効率化',
    ]);
  });

  it('pages', async () => {
    const r = await search(`q=${encodeURIComponent('籍')}&limit=1&offset=1`);
    expect(r.systems.total).toBe(3);
    expect(names(r)).toEqual(['戸籍附票システム']);
  });
});

describe('the index follows writes', () => {
  it('sees a new, changed and deleted system at once in this process', async () => {
    await search('q=x'); // the index exists before the writes
    const created = await t.request('POST', '/api/systems', {
      as: etajima,
      body: { name: '住民税申告受付', business: '個人住民税', hosting: 'クラウド' },
    });
    const { id } = (await created.json()) as { id: number };
    expect(names(await search(`q=${encodeURIComponent('申告')}`))).toEqual(['住民税申告受付']);
    await t.request('PATCH', `/api/systems/${id}`, { as: etajima, body: { name: '住民税ネット申告' } });
    expect((await search(`q=${encodeURIComponent('申告受付')}`)).systems.total).toBe(0);
    expect(names(await search(`q=${encodeURIComponent('ネット申告')}`))).toEqual(['住民税ネット申告']);
    await t.request('DELETE', `/api/systems/${id}`, { as: etajima });
    expect((await search(`q=${encodeURIComponent('申告')}`)).systems.total).toBe(0);
  });

  it('agrees with a plain scan of the database for every 1- and 2-character substring', async () => {
    const rows = await t.db.select().from(systems);
    const norm = (s: string) => s.normalize('NFKC').toLowerCase();
    const grams = new Set<string>();
    for (const r of rows) {
      const n = [...r.name];
      for (let i = 0; i < n.length; i++) {
        grams.add(n[i]!);
        if (i + 1 < n.length) grams.add(n[i]! + n[i + 1]!);
      }
    }
    for (const gram of [...grams].filter((g) => g.trim() !== '')) {
      const r = await search(`kind=system&limit=100&q=${encodeURIComponent(gram)}`);
      const orgNames: Record<string, string> = { [ETAJIMA]: '江田島市', [KURE]: '呉市', '340006': '広島県' };
      const expected = rows
        .filter((s) =>
          [
            s.name,
            orgNames[s.orgCode] ?? '',
            s.business,
            s.category,
            s.unit,
            s.vendor,
            s.product,
            s.hosting,
            s.note,
          ]
            .filter((f): f is string => Boolean(f))
            .some((f) => norm(f).includes(norm(gram))),
        )
        .map((s) => s.id)
        .sort((a, b) => a - b);
      expect(
        r.systems.items.map((h) => h.id),
        gram,
      ).toEqual(expected);
    }
  });
});

describe('across processes', () => {
  it('on PostgreSQL another process sees a write through LISTEN/NOTIFY; on PGlite there is one process', async () => {
    const client = (t.db as unknown as { $client: unknown }).$client;
    if (!(client instanceof pg.Pool)) {
      expect(
        await listenForSearchChanges(
          t.db,
          () => undefined,
          () => undefined,
        ),
      ).toBe(false);
      return;
    }
    const other = await openDatabase({ databaseUrl: client.options.connectionString, dataDir: '' });
    try {
      const otherApp = createApp({
        db: other.db,
        logger: createLogger('silent'),
        sessionTtlHours: 8,
        cookieSecure: 'auto',
        bodyLimitBytes: 1024 * 1024,
      });
      const ask = async (q: string) =>
        (await (
          await otherApp.request(`/api/search?kind=system&q=${encodeURIComponent(q)}`, {
            headers: { cookie: viewer.cookie },
          })
        ).json()) as Result;
      expect((await ask('別プロセス')).systems.total).toBe(0); // builds the other process's index
      await t.request('POST', '/api/systems', {
        as: etajima,
        body: { name: '別プロセス確認システム', business: 'その他', hosting: 'クラウド' },
      });
      await vi.waitFor(
        async () => expect(names(await ask('別プロセス'))).toEqual(['別プロセス確認システム']),
        {
          timeout: 10_000,
          interval: 50,
        },
      );
    } finally {
      await other.close();
    }
  });
});
