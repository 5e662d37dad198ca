import { describe, expect, it } from 'vitest';
import { packRange, prepareDocuments, type SearchDocument, SearchIndex } from './search-index.ts';
import { MAX_DOCUMENT_UNITS } from './segment.ts';
import { buildSegment } from './segment-build.ts';

/** A few inventory records: system name, 業務, vendor, notes. */
const SYSTEMS: SearchDocument[] = [
  { id: 1, fields: ['住民記録システム', '住民基本台帳', '株式会社ひろしま情報', '標準準拠システムへ移行'] },
  { id: 2, fields: ['税務総合システム', '固定資産税', '株式会社芸備データサービス', 'LGWAN接続'] },
  { id: 3, fields: ['戸籍システム', '戸籍', '株式会社安芸電算', ''] },
  {
    id: 4,
    fields: [
      '個人住民税システム',
      '個人住民税',
      '西日本ソリューションズ株式会社',
      'ＲＰＡで課税業務を効率化',
    ],
  },
  { id: 5, fields: ['国民健康保険システム', '国民健康保険', '株式会社しまなみ', 'ｶﾞﾊﾞﾒﾝﾄｸﾗｳﾄﾞ移行予定'] },
  { id: 6, fields: ['戸籍附票システム', '戸籍附票', '株式会社安芸電算', 'AI-OCR'] },
];

const ids = (index: SearchIndex, query: string) => index.search(query, { limit: 100 }).ids;

describe('SearchIndex on hand-made records', () => {
  const index = SearchIndex.build(SYSTEMS);

  it('answers 1-character queries with exactly the records containing the character', () => {
    expect(ids(index, '税')).toEqual([2, 4]);
    expect(ids(index, '籍')).toEqual([3, 6]);
    expect(ids(index, '附')).toEqual([6]);
    expect(ids(index, '鶴')).toEqual([]);
  });

  it('answers 2-character queries with exactly the records containing the pair', () => {
    expect(ids(index, '戸籍')).toEqual([3, 6]);
    expect(ids(index, '住民')).toEqual([1, 4]);
    expect(ids(index, '民税')).toEqual([4]);
    expect(ids(index, 'ai')).toEqual([6]);
    expect(ids(index, '税戸')).toEqual([]);
  });

  it('answers longer queries exactly', () => {
    expect(ids(index, '住民税')).toEqual([4]);
    expect(ids(index, '戸籍附票')).toEqual([6]);
    expect(ids(index, '株式会社安芸電算')).toEqual([3, 6]);
    expect(ids(index, 'システム')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ids(index, '標準準拠システムへ移行')).toEqual([1]);
    expect(ids(index, '標準準拠システムへ移動')).toEqual([]);
  });

  it('matches ASCII case-insensitively and full-width/half-width forms alike', () => {
    for (const query of ['rpa', 'RPA', 'ＲＰＡ', 'Rpa']) expect(ids(index, query)).toEqual([4]);
    for (const query of ['lgwan', 'ＬＧＷＡＮ']) expect(ids(index, query)).toEqual([2]);
    for (const query of ['ガバメント', 'ｶﾞﾊﾞﾒﾝﾄ', 'ｶﾞﾊﾞﾒﾝﾄｸﾗｳﾄﾞ']) expect(ids(index, query)).toEqual([5]);
    // NFKC keeps ｶ + ﾞ together as ガ: a lone カ does not match it.
    expect(ids(index, 'カバ')).toEqual([]);
  });

  it('does not match a long term with one character wrong, wherever it is', () => {
    const name = '株式会社芸備データサービス';
    const single = SearchIndex.build([{ id: 1, fields: [name] }]);
    for (let length = 3; length <= name.length; length++) {
      for (let from = 0; from + length <= name.length; from++) {
        const term = name.slice(from, from + length);
        expect(ids(single, term)).toEqual([1]);
        for (let wrong = 0; wrong < length; wrong++) {
          const altered = `${term.slice(0, wrong)}〇${term.slice(wrong + 1)}`;
          expect(ids(single, altered)).toEqual([]);
        }
      }
    }
  });

  it('never matches across a field boundary', () => {
    expect(ids(index, '帳株')).toEqual([]); // 住民基本台帳 | 株式会社…
    expect(ids(index, 'ム住')).toEqual([]); // 住民記録システム | 住民基本台帳
    expect(ids(index, '税株式')).toEqual([]); // 固定資産税 | 株式会社…
    expect(ids(index, '票株式会社')).toEqual([]); // 戸籍附票 | 株式会社…
  });

  it('ANDs terms separated by ASCII or ideographic spaces', () => {
    expect(ids(index, '戸籍 システム')).toEqual([3, 6]);
    expect(ids(index, '戸籍\u3000附票')).toEqual([6]);
    expect(ids(index, '株式会社  移行')).toEqual([1, 5]);
    expect(ids(index, '税 国民')).toEqual([]);
  });

  it('matches every record for an empty or blank query', () => {
    for (const query of ['', ' ', '\u3000', ' \t ']) {
      expect(index.search(query)).toEqual({ total: 6, ids: [1, 2, 3, 4, 5, 6] });
      expect(index.count(query)).toBe(6);
    }
  });

  it('pages through the matches in id order, with the total', () => {
    expect(index.search('システム', { offset: 2, limit: 3 })).toEqual({ total: 6, ids: [3, 4, 5] });
    expect(index.search('システム', { offset: 5, limit: 3 })).toEqual({ total: 6, ids: [6] });
    expect(index.search('システム', { offset: 9 })).toEqual({ total: 6, ids: [] });
    expect(index.search('システム', { limit: 0 })).toEqual({ total: 6, ids: [] });
  });

  it('restricts matches to a filter and a mask, and returns them all as an Int32Array', () => {
    const even = (id: number) => id % 2 === 0;
    expect(index.search('株式会社', { filter: even })).toEqual({ total: 3, ids: [2, 4, 6] });
    const mask = new Uint8Array(7);
    mask[3] = 1;
    mask[6] = 1;
    expect(index.search('戸籍', { mask })).toEqual({ total: 2, ids: [3, 6] });
    expect(index.count('システム', { mask, filter: even })).toBe(1);
    const all = index.matchIds('株式会社');
    expect(all).toBeInstanceOf(Int32Array);
    expect([...all]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('rejects bad pages', () => {
    expect(() => index.search('税', { offset: -1 })).toThrow(RangeError);
    expect(() => index.search('税', { limit: 1.5 })).toThrow(RangeError);
  });
});

describe('SearchIndex updates', () => {
  it('forgets a removed record', () => {
    const index = SearchIndex.build(SYSTEMS);
    expect(index.remove(6)).toBe(true);
    expect(ids(index, '戸籍')).toEqual([3]);
    expect(ids(index, '附票')).toEqual([]);
    expect(index.has(6)).toBe(false);
    expect(index.size).toBe(5);
    expect(index.remove(6)).toBe(false);
    expect(index.remove(99)).toBe(false);
  });

  it('matches an updated record only by its new text', () => {
    const index = SearchIndex.build(SYSTEMS);
    index.upsert({ id: 3, fields: ['住民票コンビニ交付システム', '住民基本台帳'] });
    expect(ids(index, '戸籍')).toEqual([6]);
    expect(ids(index, '安芸電算')).toEqual([6]);
    expect(ids(index, '住民票')).toEqual([3]);
    expect(ids(index, '住民')).toEqual([1, 3, 4]);
    index.upsert({ id: 3, fields: ['戸籍'] });
    expect(ids(index, '住民票')).toEqual([]);
    expect(ids(index, '戸籍')).toEqual([3, 6]);
    expect(index.size).toBe(6);
  });

  it('adds new records, keeping results in id order, before and after compaction', () => {
    const index = SearchIndex.build(SYSTEMS);
    index.upsert({ id: 0, fields: ['税務システム'] });
    index.upsert({ id: 10, fields: ['税'] });
    index.upsert({ id: 4, fields: ['軽自動車税'] });
    index.remove(2);
    const expected = [0, 4, 10];
    expect(ids(index, '税')).toEqual(expected);
    expect(index.stats()).toMatchObject({ documents: 7, pending: 3, dead: 2 });
    index.compact();
    expect(index.stats()).toMatchObject({ documents: 7, pending: 0, dead: 0 });
    expect(ids(index, '税')).toEqual(expected);
    expect(ids(index, '株式会社')).toEqual([1, 3, 5, 6]);
  });

  it('compacts on its own once the pending documents pass the threshold', () => {
    const index = new SearchIndex({ maxPending: 4 });
    for (let id = 0; id < 10; id++) index.upsert({ id, fields: [`記録${id}`, id % 2 === 0 ? '税' : '戸籍'] });
    const stats = index.stats();
    expect(stats.pending).toBeLessThanOrEqual(4);
    expect(stats.documents).toBe(10);
    expect(ids(index, '税')).toEqual([0, 2, 4, 6, 8]);
    expect(ids(index, '記録7')).toEqual([7]);
  });

  it('rejects bad ids, repeated ids and over-long documents', () => {
    expect(() =>
      SearchIndex.build([
        { id: 1, fields: [] },
        { id: 1, fields: [] },
      ]),
    ).toThrow(RangeError);
    const index = new SearchIndex();
    for (const id of [-1, 1.5, 2 ** 31, Number.NaN]) {
      expect(() => index.upsert({ id, fields: ['税'] })).toThrow(RangeError);
    }
    const long = 'あ'.repeat(MAX_DOCUMENT_UNITS + 1);
    expect(() => index.upsert({ id: 1, fields: [long] })).toThrow(RangeError);
    expect(() => SearchIndex.build([{ id: 1, fields: [long] }])).toThrow(RangeError);
    expect(index.size).toBe(0);
  });
});

describe('SearchIndex from segments built apart', () => {
  const options = new SearchIndex().segmentOptions;
  const prepared = prepareDocuments(SYSTEMS);
  const part = (from: number, to: number) => {
    const { ids, texts } = packRange(prepared, from, to);
    return buildSegment(ids, texts, options);
  };

  it('answers as one index over consecutive id ranges (an empty range included)', () => {
    const split = SearchIndex.fromParts([part(0, 2), part(2, 2), part(2, SYSTEMS.length)]);
    const whole = SearchIndex.build(SYSTEMS);
    for (const query of ['住民', '戸籍', '税', 'システム', 'ガバメント', 'rpa']) {
      expect(split.search(query)).toEqual(whole.search(query));
    }
  });

  it('refuses ranges out of order', () => {
    expect(() => SearchIndex.fromParts([part(3, SYSTEMS.length), part(0, 3)])).toThrow(RangeError);
  });
});
