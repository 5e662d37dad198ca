import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandQuery, matchExpanded } from './expand.ts';
import { highlightRanges, snippet } from './highlight.ts';
import { normalise } from './normalise.ts';
import { SearchIndex } from './search-index.ts';

const GROUPS = [
  ['住基', '住民基本台帳', '住民記録'],
  ['国保', '国民健康保険'],
];

describe('expandQuery', () => {
  it('gives a term every word of its group, whichever word was typed, normalised', () => {
    expect(expandQuery('住基', GROUPS)).toEqual([['住基', '住民基本台帳', '住民記録']]);
    expect(expandQuery('国民健康保険　クラウド', GROUPS)).toEqual([['国民健康保険', '国保'], ['クラウド']]);
    expect(expandQuery('じゅうき', GROUPS)).toEqual([['ジュウキ']]);
    expect(expandQuery('', GROUPS)).toEqual([]);
  });
});

describe('matchExpanded', () => {
  const docs = [
    { id: 1, fields: ['住民基本台帳システム', '呉市'] },
    { id: 2, fields: ['住民記録システム', '三原市'] },
    { id: 3, fields: ['住基ネット', '呉市'] },
    { id: 4, fields: ['国民健康保険システム', '呉市'] },
    { id: 5, fields: ['戸籍システム', '三原市'] },
  ];
  const index = SearchIndex.build(docs);

  it('finds any word of the group, ANDed with the other terms', () => {
    expect([...matchExpanded(index, expandQuery('住基', GROUPS))]).toEqual([1, 2, 3]);
    expect([...matchExpanded(index, expandQuery('住基 呉', GROUPS))]).toEqual([1, 3]);
    expect([...matchExpanded(index, expandQuery('国保', GROUPS))]).toEqual([4]);
    expect([...matchExpanded(index, expandQuery('', GROUPS))]).toEqual([1, 2, 3, 4, 5]);
    expect([...matchExpanded(index, expandQuery('住基', GROUPS), { filter: (id) => id !== 1 })]).toEqual([
      2, 3,
    ]);
  });

  it('agrees with a plain scan: a document matches when every term has an alternative in one of its fields', () => {
    const word = fc.constantFrom('住', '基', '住基', '民', '記録', 'シス', '呉', '国保', '保険', 'ア');
    const texts = fc.array(
      fc.constantFrom('住民基本台帳', '住基', '住民記録', '国民健康保険', '国保', '呉市', 'システム'),
      {
        maxLength: 3,
      },
    );
    fc.assert(
      fc.property(
        fc.array(texts, { maxLength: 12 }),
        fc.array(word, { maxLength: 3 }),
        (fieldsList, words) => {
          const corpus = fieldsList.map((fields, i) => ({ id: i, fields: fields.length ? fields : [''] }));
          const built = SearchIndex.build(corpus);
          const expanded = expandQuery(words.join(' '), GROUPS);
          const expected = corpus
            .filter((d) =>
              expanded.every((alts) => alts.some((a) => d.fields.some((f) => normalise(f).includes(a)))),
            )
            .map((d) => d.id);
          expect([...matchExpanded(built, expanded)]).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('highlightRanges', () => {
  it('marks where the normalised terms occur, in the original text, merged', () => {
    expect(highlightRanges('住民基本台帳システム', ['住民基本台帳'])).toEqual([[0, 6]]);
    expect(highlightRanges('けんこう管理', [normalise('ケンコウ')])).toEqual([[0, 4]]);
    expect(highlightRanges('髙橋・高橋', [normalise('高')])).toEqual([
      [0, 1],
      [3, 4],
    ]);
    expect(highlightRanges('ｶﾞﾊﾞﾒﾝﾄ', [normalise('ガバ')])).toEqual([[0, 4]]);
    expect(highlightRanges('システムシステム', ['システム', 'テムシ'])).toEqual([[0, 8]]);
    expect(highlightRanges('戸籍', [])).toEqual([]);
  });

  it('cuts a long text around the first match', () => {
    const text = `${'あ'.repeat(100)}住基${'い'.repeat(100)}`;
    const cut = snippet(text, highlightRanges(text, ['住基']), 40);
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    const [[s, e]] = cut.ranges as [[number, number]];
    expect(cut.text.slice(s, e)).toBe('住基');
  });
});
