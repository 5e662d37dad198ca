import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KANJI_VARIANT_PAIRS } from './kanji-variants.ts';
import {
  packRange,
  prepareDocuments,
  type SearchDocument,
  SearchIndex,
  type SearchIndexOptions,
} from './search-index.ts';
import { buildSegment } from './segment-build.ts';
import { fromSegmentData, toSegmentData } from './segment-transfer.ts';

/** The folds, written out again from the table: ひらがな → カタカナ, 異体字 → one form. */
const FOLDS = new Map<string, string>([
  ...Array.from({ length: 0x3096 - 0x3041 + 1 }, (_, i): [string, string] => [
    String.fromCharCode(0x3041 + i),
    String.fromCharCode(0x30a1 + i),
  ]),
  ['ゝ', 'ヽ'],
  ['ゞ', 'ヾ'],
  ...Array.from({ length: KANJI_VARIANT_PAIRS.length / 2 }, (_, i): [string, string] => [
    KANJI_VARIANT_PAIRS[2 * i]!,
    KANJI_VARIANT_PAIRS[2 * i + 1]!,
  ]),
]);

/**
 * The reference: the specification written out independently of the index. A query is split on white
 * space; each part is normalised (U+0000 removed, NFKC, lower case, then each UTF-16 unit folded);
 * empty parts are dropped. A document matches iff, for every term, one of its fields, normalised the
 * same way, contains the term.
 */
function reference(documents: ReadonlyMap<number, readonly string[]>, query: string): number[] {
  const norm = (text: string) =>
    text
      .replaceAll('\u0000', '')
      .normalize('NFKC')
      .toLowerCase()
      .split('')
      .map((unit) => FOLDS.get(unit) ?? unit)
      .join('');
  const terms = query
    .split(/\s+/u)
    .map(norm)
    .filter((term) => term !== '');
  const ids: number[] = [];
  for (const [id, fields] of documents) {
    const normalised = fields.map(norm);
    if (terms.every((term) => normalised.some((field) => field.includes(term)))) ids.push(id);
  }
  return ids.sort((a, b) => a - b);
}

/**
 * Characters chosen to collide: kanji of the domain, NFKC pairs (ｶ/カ, ｶﾞ/ガ, Ａ/a/A, １/1), white
 * space (ASCII and 全角), the field separator U+0000, Greek sigma (contextual lower case), a combining
 * accent, a surrogate pair and a lone surrogate.
 */
const ALPHABET = [
  '税',
  '戸',
  '籍',
  '住',
  '民',
  '民',
  '住',
  'ア',
  'ｱ',
  'カ',
  'ｶ',
  'ﾞ',
  'ガ',
  'a',
  'A',
  'Ａ',
  'b',
  'B',
  'ｂ',
  '1',
  '１',
  ' ',
  '\u3000',
  '\u0000',
  'Σ',
  'σ',
  'ς',
  '\u0301',
  'e',
  '😀',
  '\ud83d',
  '㈱',
  '(',
  'あ',
  'ぁ',
  'ア',
  'け',
  'ケ',
  'ｹ',
  'ゝ',
  '髙',
  '高',
  '﨑',
  '崎',
  '邊',
  '辺',
];

const text = (maxLength: number) =>
  fc.array(fc.constantFrom(...ALPHABET), { maxLength }).map((chars) => chars.join(''));

const fields = fc.array(text(10), { minLength: 1, maxLength: 3 });

const documents = fc
  .uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 40 })
  .chain((ids) =>
    fc.tuple(fc.constant(ids), fc.array(fields, { minLength: ids.length, maxLength: ids.length })),
  )
  .map(([ids, all]) => ids.map((id, i): SearchDocument => ({ id, fields: all[i]! })));

/** Queries: random text, or a piece of a document's fields joined without separator (it may straddle). */
function queriesFor(docs: readonly SearchDocument[]): fc.Arbitrary<string> {
  const random = fc
    .array(fc.oneof(text(1), text(2), text(3), text(6)), { minLength: 0, maxLength: 3 })
    .map((terms) => terms.join(' '));
  if (docs.length === 0) return random;
  const piece = fc
    .tuple(fc.constantFrom(...docs), fc.nat(), fc.integer({ min: 1, max: 6 }))
    .map(([doc, from, length]) => {
      const joined = doc.fields.join('');
      const start = joined.length === 0 ? 0 : from % joined.length;
      return joined.slice(start, start + length);
    });
  const pieces = fc.array(piece, { minLength: 1, maxLength: 3 }).map((terms) => terms.join('\u3000'));
  return fc.oneof(random, piece, pieces);
}

const CONFIGS: [string, SearchIndexOptions][] = [
  ['defaults', {}],
  ['every document list a bitset, a skip entry every position', { bitsetAt: 0, skipEvery: 1 }],
  ['no bitsets, a skip entry every 3 positions', { bitsetAt: Number.POSITIVE_INFINITY, skipEvery: 3 }],
  ['long terms always joined', { contexts: false, skipEvery: 2 }],
];

function expectSameAsReference(
  index: SearchIndex,
  model: ReadonlyMap<number, readonly string[]>,
  query: string,
) {
  const expected = reference(model, query);
  const page = index.search(query, { limit: 1000 });
  expect(page.ids).toEqual(expected);
  expect(page.total).toBe(expected.length);
  expect(index.count(query)).toBe(expected.length);
  expect([...index.matchIds(query)]).toEqual(expected);
}

/**
 * The documents built as `parts` segments over consecutive id ranges, each passed through the data
 * form a worker thread posts: how the server builds a large index in parallel.
 */
function buildInParts(docs: SearchDocument[], options: SearchIndexOptions, parts: number): SearchIndex {
  const prepared = prepareDocuments(docs);
  const segmentOptions = new SearchIndex(options).segmentOptions;
  const n = prepared.ids.length;
  const built = [];
  for (let k = 0; k < parts; k++) {
    const { ids, texts } = packRange(
      prepared,
      Math.floor((n * k) / parts),
      Math.floor((n * (k + 1)) / parts),
    );
    built.push(fromSegmentData(toSegmentData(buildSegment(ids, texts, segmentOptions)).data));
  }
  return SearchIndex.fromParts(built, options);
}

type Build = (docs: SearchDocument[], options: SearchIndexOptions) => SearchIndex;
const BUILDS: [string, Build][] = [
  ['built whole', (docs, options) => SearchIndex.build(docs, options)],
  ['built as 3 segments', (docs, options) => buildInParts(docs, options, 3)],
];
const CASES = CONFIGS.flatMap(([name, options]) =>
  BUILDS.map(([how, build]) => [`${name}, ${how}`, options, build] as const),
);

describe.each(CASES)('SearchIndex equals the brute-force reference (%s)', (_name, options, build) => {
  it('for built indexes and random queries', () => {
    fc.assert(
      fc.property(
        documents.chain((docs) =>
          fc.tuple(fc.constant(docs), fc.array(queriesFor(docs), { minLength: 1, maxLength: 8 })),
        ),
        ([docs, queries]) => {
          const index = build(docs, options);
          const model = new Map(docs.map((doc) => [doc.id, doc.fields] as const));
          expect(index.size).toBe(docs.length);
          for (const query of queries) expectSameAsReference(index, model, query);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('for pages and id filters', () => {
    fc.assert(
      fc.property(
        documents.chain((docs) =>
          fc.tuple(
            fc.constant(docs),
            queriesFor(docs),
            fc.nat({ max: 45 }),
            fc.nat({ max: 45 }),
            fc.integer({ min: 2, max: 5 }),
          ),
        ),
        ([docs, query, offset, limit, modulus]) => {
          const index = build(docs, options);
          const model = new Map(docs.map((doc) => [doc.id, doc.fields] as const));
          const expected = reference(model, query);
          const page = index.search(query, { offset, limit });
          expect(page.total).toBe(expected.length);
          expect(page.ids).toEqual(expected.slice(offset, offset + limit));

          const filter = (id: number) => id % modulus === 0;
          const mask = new Uint8Array(200);
          for (let id = 0; id < mask.length; id++) mask[id] = id % 2;
          const filtered = expected.filter(filter);
          expect(index.search(query, { filter, limit: 1000 }).ids).toEqual(filtered);
          expect(index.count(query, { filter })).toBe(filtered.length);
          // The mask is shorter than the largest id (300): ids beyond it are dropped.
          const masked = expected.filter((id) => id < 200 && id % 2 === 1 && filter(id));
          expect([...index.matchIds(query, { filter, mask })]).toEqual(masked);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('through upserts and removals, with compactions', () => {
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('upsert' as const), id: fc.integer({ min: 0, max: 60 }), fields }),
      fc.record({ kind: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 60 }) }),
    );
    fc.assert(
      fc.property(
        documents,
        fc.array(operation, { maxLength: 30 }),
        fc.array(text(4), { minLength: 1, maxLength: 4 }),
        (docs, operations, extraQueries) => {
          const index = build(docs, { ...options, maxPending: 3, maxDead: 2 });
          const model = new Map(docs.map((doc) => [doc.id, doc.fields] as const));
          for (const op of operations) {
            if (op.kind === 'upsert') {
              index.upsert({ id: op.id, fields: op.fields });
              model.set(op.id, op.fields);
            } else {
              expect(index.remove(op.id)).toBe(model.delete(op.id));
            }
            expect(index.size).toBe(model.size);
            expect(index.has(op.id)).toBe(model.has(op.id));
          }
          const queries = [
            ...extraQueries,
            ...[...model.values()].slice(0, 4).map((f) => f.join('').slice(1, 4)),
          ];
          for (const query of queries) expectSameAsReference(index, model, query);
          index.compact();
          expect(index.stats()).toMatchObject({ documents: model.size, pending: 0, dead: 0 });
          for (const query of queries) expectSameAsReference(index, model, query);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('SearchIndex on tiny alphabets', () => {
  it('equals the reference for long terms over few short documents (trigrams with one successor)', () => {
    const chars = fc.constantFrom('戸', '籍', '税');
    const word = (min: number, max: number) =>
      fc.array(chars, { minLength: min, maxLength: max }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.array(word(0, 7), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 6 }),
        fc.array(word(3, 7), { minLength: 1, maxLength: 6 }),
        (fieldsList, queries) => {
          const docs = fieldsList.map((fields, id): SearchDocument => ({ id, fields }));
          const model = new Map(docs.map((doc) => [doc.id, doc.fields] as const));
          for (const contexts of [true, false]) {
            const index = SearchIndex.build(docs, { contexts });
            for (const query of queries) expectSameAsReference(index, model, query);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('SearchIndex on long position lists', () => {
  it('equals the reference when skip entries are used (many documents, small alphabet)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.array(fc.array(fc.constantFrom('税', '戸', '籍', 'a', 'b'), { minLength: 3, maxLength: 6 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (seed, queryChars) => {
          let state = seed;
          const next = () => {
            state = (Math.imul(state, 48271) % 2147483647) >>> 0;
            return state;
          };
          const alphabet = ['税', '戸', '籍', 'a', 'b', 'c'];
          const docs: SearchDocument[] = [];
          for (let id = 0; id < 600; id++) {
            const length = 5 + (next() % 30);
            let body = '';
            for (let i = 0; i < length; i++) body += alphabet[next() % alphabet.length];
            docs.push({ id: id * 2, fields: [body.slice(0, 7), body.slice(7)] });
          }
          const model = new Map(docs.map((doc) => [doc.id, doc.fields] as const));
          for (const [skipEvery, contexts] of [
            [64, true],
            [5, false],
          ] as const) {
            const index = SearchIndex.build(docs, { skipEvery, contexts });
            for (const chars of queryChars) expectSameAsReference(index, model, chars.join(''));
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
