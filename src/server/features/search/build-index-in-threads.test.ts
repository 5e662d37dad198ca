import { describe, expect, it } from 'vitest';
import { type SearchDocument, SearchIndex } from '../../../search/index.ts';
import { buildIndexInThreads } from './build-index-in-threads.ts';

/** Documents with overlapping vocabulary, so terms match across the threads' id ranges. */
function documents(count: number): SearchDocument[] {
  const bodies = ['広島県', '呉市', '江田島市', '三次市'];
  const businesses = ['戸籍', '戸籍の附票', '個人住民税', '介護保険', '子ども・子育て支援'];
  const vendors = ['瀬戸内システム（架空）', 'ｾﾄｳﾁ電算（架空）', '㈱髙橋システム①（架空）'];
  return Array.from({ length: count }, (_, i) => ({
    // Ids out of order and with gaps: the build sorts them.
    id: ((i * 7919) % count) * 3 + 1,
    fields: [
      `${businesses[i % businesses.length]}システム${i}`,
      bodies[(i >> 2) % bodies.length]!,
      vendors[i % vendors.length]!,
    ],
  }));
}

describe('buildIndexInThreads', () => {
  it('answers exactly as a single-thread build, whatever the number of threads', async () => {
    const docs = documents(3000);
    const whole = SearchIndex.build(docs);
    const queries = [
      '戸',
      '戸籍',
      '附票',
      '戸籍の附票',
      'システム1',
      'セトウチ',
      '(株)髙橋',
      '呉市 介護',
      '税 江田島',
      'ない',
    ];
    for (const threads of [2, 3]) {
      const threaded = await buildIndexInThreads(docs, { threads, fromDocuments: 0 });
      expect(threaded.size).toBe(docs.length);
      for (const query of queries) {
        const expected = whole.search(query, { limit: 5000 });
        expect(threaded.search(query, { limit: 5000 })).toEqual(expected);
        expect(threaded.search(query, { offset: 1000, limit: 20 })).toEqual(
          whole.search(query, { offset: 1000, limit: 20 }),
        );
      }
      // It stays a live index: writes after the build are seen.
      threaded.upsert({ id: 2, fields: ['新しい戸籍システム'] });
      threaded.remove(1);
      expect(threaded.count('新しい')).toBe(1);
      expect(threaded.has(1)).toBe(false);
    }
  });

  it('builds small sets on the calling thread', async () => {
    const index = await buildIndexInThreads(documents(10));
    expect(index.count('システム')).toBe(10);
  });
});
