import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';

type Synonym = { id: number; term: string; synonyms: string[]; version: number };
type Match = { field: string; text: string; ranges: [number, number][] };
type Result = {
  expansions: string[][];
  systems: { total: number; items: { id: number; name: string; matches: Match[] }[] };
};

let t: TestApp;
let admin: Session;
let manager: Session;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  manager = await t.as('municipal_manager', '342157');
  for (const [name, business] of [
    ['住民基本台帳システム', '住民基本台帳'],
    ['住民記録システム（じゅうみんきろく）', '住民基本台帳'],
    ['髙田市 国民健康保険システム', '国民健康保険'],
    ['戸籍情報システム', '戸籍'],
  ] as const) {
    const res = await t.request('POST', '/api/systems', {
      as: manager,
      body: { name, business, hosting: 'クラウド' },
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => t.close());

const search = async (q: string) =>
  (await (
    await t.request('GET', `/api/search?q=${encodeURIComponent(q)}`, { as: manager })
  ).json()) as Result;

describe('the search dictionary', () => {
  it('starts with the everyday abbreviations, so 住基 finds 住民基本台帳 and 住民記録', async () => {
    const result = await search('住基');
    expect(result.systems.items.map((s) => s.name).sort()).toEqual([
      '住民基本台帳システム',
      '住民記録システム（じゅうみんきろく）',
    ]);
    expect(result.expansions).toEqual([['住基', '住民基本台帳', '住民記録']]);
    // The field that matched is named, with the range to highlight.
    const first = result.systems.items.find((s) => s.name === '住民基本台帳システム')!;
    const nameMatch = first.matches.find((m) => m.field === 'システム名')!;
    expect(nameMatch.text.slice(...nameMatch.ranges[0]!)).toBe('住民基本台帳');
    expect((await search('国保')).systems.items.map((s) => s.name)).toEqual(['髙田市 国民健康保険システム']);
  });

  it('folds かな/カナ and 異体字 in queries and records alike', async () => {
    expect((await search('ジュウミンキロク')).systems.total).toBe(1);
    expect((await search('高田')).systems.total).toBe(1);
  });

  it('is kept by admins with If-Match, audited; other roles may read it only', async () => {
    const created = await t.request('POST', '/api/search/synonyms', {
      as: admin,
      body: { term: '戸', synonyms: ['こせき', '戸'] },
    });
    expect(created.status).toBe(201);
    const entry = (await created.json()) as Synonym;
    // The headword repeated among its words is dropped.
    expect(entry.synonyms).toEqual(['こせき']);
    expect(
      (await t.request('POST', '/api/search/synonyms', { as: admin, body: { term: '戸', synonyms: ['x'] } }))
        .status,
    ).toBe(409);
    expect(
      (
        await t.request('POST', '/api/search/synonyms', {
          as: manager,
          body: { term: '税', synonyms: ['税務'] },
        })
      ).status,
    ).toBe(403);

    const edit = (version: number) =>
      t.request('PUT', `/api/search/synonyms/${entry.id}`, {
        as: admin,
        body: { term: 'コセキ', synonyms: ['戸籍'] },
        headers: { 'If-Match': `"${version}"` },
      });
    expect((await edit(entry.version)).status).toBe(200);
    expect((await edit(entry.version)).status).toBe(412);
    expect((await search('こせき')).systems.items.map((s) => s.name)).toEqual(['戸籍情報システム']);

    const audit = (await (await t.request('GET', '/api/audit?entityType=synonym', { as: admin })).json()) as {
      items: { action: string }[];
    };
    expect(audit.items.map((a) => a.action)).toEqual(
      expect.arrayContaining(['synonym.create', 'synonym.update']),
    );
    const removed = await t.request('DELETE', `/api/search/synonyms/${entry.id}`, {
      as: admin,
      headers: { 'If-Match': `"${entry.version + 1}"` },
    });
    expect(removed.status).toBe(204);
    expect((await search('こせき')).systems.total).toBe(0);
  });

  it('refuses words with spaces and hostile ids without a 500', async () => {
    const bad = await t.request('POST', '/api/search/synonyms', {
      as: admin,
      body: { term: 'a b', synonyms: [] },
    });
    expect(bad.status).toBe(400);
    for (const id of ['abc', '-1', '99999999999', '1.5']) {
      expect((await t.request('GET', `/api/search/synonyms/${id}`, { as: admin })).status).toBe(400);
    }
  });
});
