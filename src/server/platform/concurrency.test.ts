import { describe, expect, it } from 'vitest';
import { ANY_VERSION, assertVersion, etagOf, parseIfMatch } from './concurrency.ts';
import { AppError } from './errors.ts';

describe('parseIfMatch', () => {
  it('reads no header and * as any version', () => {
    expect(parseIfMatch(undefined)).toEqual(ANY_VERSION);
    expect(parseIfMatch(' * ')).toEqual(ANY_VERSION);
  });

  it('reads one or several strong tags; weak tags are well formed but never match', () => {
    expect(parseIfMatch('"3"')).toEqual({ any: false, versions: [3] });
    expect(parseIfMatch('"3", "5"')).toEqual({ any: false, versions: [3, 5] });
    expect(parseIfMatch('W/"3"')).toEqual({ any: false, versions: [] });
    expect(parseIfMatch(etagOf(42))).toEqual({ any: false, versions: [42] });
  });

  it('refuses what is not an entity tag list', () => {
    for (const bad of ['3', '"abc"', '""', '"1e3"', '"-1"', '"3",', '"9999999999"', 'W/3', '\u0000']) {
      expect(parseIfMatch(bad), bad).toBeUndefined();
    }
  });
});

describe('assertVersion', () => {
  it('passes the current version or any, and refuses an older one with 412 STALE_VERSION', () => {
    expect(() => assertVersion(4, ANY_VERSION)).not.toThrow();
    expect(() => assertVersion(4, { any: false, versions: [4] })).not.toThrow();
    try {
      assertVersion(4, { any: false, versions: [3] });
      expect.unreachable('a stale version must throw');
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).status).toBe(412);
      expect((e as AppError).code).toBe('STALE_VERSION');
    }
  });
});
