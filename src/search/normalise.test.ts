import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentText, FIELD_SEPARATOR, foldVariants, normalise, parseQuery } from './normalise.ts';

describe('normalise', () => {
  it('folds full-width and half-width forms with NFKC, then lower-cases', () => {
    expect(normalise('ＬＧＷＡＮ')).toBe('lgwan');
    expect(normalise('RPA')).toBe('rpa');
    expect(normalise('ｶﾞﾊﾞﾒﾝﾄｸﾗｳﾄﾞ')).toBe('ガバメントクラウド');
    expect(normalise('１２３')).toBe('123');
    expect(normalise('㈱ひろしま')).toBe('(株)ヒロシマ');
    expect(normalise('令和\u3000７年度')).toBe('令和 7年度');
  });

  it('folds ひらがな and カタカナ together, and 異体字 into one form', () => {
    expect(normalise('けんこう')).toBe(normalise('ケンコウ'));
    expect(normalise('ｹﾝｺｳ')).toBe(normalise('けんこう'));
    for (const [variant, form] of [
      ['髙橋', '高橋'],
      ['山﨑', '山崎'],
      ['渡邊', '渡辺'],
      ['齋藤', '斎藤'],
      ['廣島', '広島'],
      ['黑瀬', '黒瀬'],
    ]) {
      expect(normalise(variant!)).toBe(normalise(form!));
    }
    // One unit for one: positions do not move, and folding again changes nothing.
    const text = 'ぁゖゝゞ髙﨑\ud83dあ';
    expect(foldVariants(text)).toHaveLength(text.length);
    expect(foldVariants(foldVariants(text))).toBe(foldVariants(text));
    expect(foldVariants(text).at(-2)).toBe('\ud83d');
    // Long vowel and dashes stay apart.
    expect(normalise('ー')).not.toBe(normalise('-'));
  });

  it('folds a long text past one chunk the same as piece by piece', () => {
    const long = 'ほげ髙'.repeat(10_000);
    expect(foldVariants(long)).toBe('ホゲ高'.repeat(10_000));
  });

  it('removes the field separator U+0000', () => {
    expect(normalise(`戸${FIELD_SEPARATOR}籍`)).toBe('戸籍');
  });
});

describe('documentText', () => {
  it('joins normalised fields with the separator', () => {
    expect(documentText(['ＡＢ', 'ｶﾞ', ''])).toBe(`ab${FIELD_SEPARATOR}ガ${FIELD_SEPARATOR}`);
  });

  it('equals normalising each field on its own (the separator is a normalisation boundary)', () => {
    const piece = fc.constantFrom(
      'Σ',
      'σ',
      'Α',
      ' ',
      "'",
      '\u0301',
      'ｶ',
      'ﾞ',
      'e',
      'Ａ',
      '\u0000',
      '㈱',
      'İ',
      'ß',
    );
    const field = fc.array(piece, { maxLength: 6 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 4 }), (fields) => {
        expect(documentText(fields)).toBe(fields.map(normalise).join(FIELD_SEPARATOR));
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseQuery', () => {
  it('splits on ASCII and ideographic spaces and normalises each term', () => {
    expect(parseQuery('Ａ　b  税')).toEqual(['a', 'b', '税']);
  });

  it('drops duplicate terms and terms contained in another term', () => {
    expect(parseQuery('戸籍 戸籍附票 戸籍')).toEqual(['戸籍附票']);
    expect(parseQuery('ｼｽﾃﾑ システム')).toEqual(['システム']);
  });

  it('returns no terms for an empty or blank query', () => {
    expect(parseQuery('')).toEqual([]);
    expect(parseQuery(' \u3000\t\n')).toEqual([]);
    expect(parseQuery('\u0000')).toEqual([]);
  });
});
