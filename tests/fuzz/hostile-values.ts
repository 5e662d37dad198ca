/** Values a hostile (or merely careless) client sends, grouped by where they go. */

/** About one megabyte of text (a 3-byte character, 350,000 times). */
export const ONE_MEGABYTE = 'あ'.repeat(350_000);

/** Strings for any text field or value. */
export const HOSTILE_STRINGS: readonly string[] = [
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  '\ud83d',
  'RTL\u202Eテキスト\u200F',
  '\u200B\u200D\uFEFF',
  '',
  ' ',
  '　',
  ONE_MEGABYTE,
  'x'.repeat(5000),
  '9'.repeat(400),
  '1e3',
  '-1',
  '0',
  'NaN',
  'Infinity',
  'null',
  'true',
  '2024-02-30',
  '0000-00-00',
  '9999-12-31',
  '2024-13-01',
  '+002024-01-01',
  "'; DROP TABLE people;--",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '%00',
  '../../etc/passwd',
  '🧑‍💻👍🏽',
  '\\',
  '"',
  'Ａ１２３',
  '３４２１５７',
  '令和元年',
];

/** Numbers outside every sensible range, and some that are not integers. */
export const HOSTILE_NUMBERS: readonly number[] = [
  -1,
  0,
  -2_147_483_649,
  2_147_483_648,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  1.5,
  -0.5,
  12_345,
  99_999_999_999,
];

/** Values of the wrong type for whatever field they replace. */
export const HOSTILE_OTHERS: readonly unknown[] = [null, true, false, [], {}, [null], { a: 1 }, [[[[]]]]];

/** Raw (already percent-encoded) path and query values that are not ids. */
export const HOSTILE_IDS: readonly string[] = [
  '0',
  '-1',
  '1e3',
  '%201%20',
  '0x10',
  '01',
  '1.0',
  '99999999999',
  'abc',
  '%00',
  '%ED%A0%80',
  '%',
  '%ZZ',
  '%E3%81',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  '1%3BDROP',
  '..',
  'x'.repeat(5000),
];

/** Request bodies that are not JSON, or JSON of the wrong shape. */
export const MALFORMED_JSON: readonly string[] = [
  '{"a":',
  '',
  'null',
  '[',
  '{"a":1}}',
  '\u0000',
  '{"x":"\\ud800"}',
  '{"x":"\\u0000"}',
  '"text"',
  '1e999',
  '{"__proto__":{"role":"admin"}}',
  '{"constructor":{"prototype":{"x":1}}}',
  '[1,2,3]',
  `{"deep":${'['.repeat(5000)}${']'.repeat(5000)}}`,
];

/** Content types that the operation does not take, or that lie about the body. */
export const WRONG_CONTENT_TYPES: readonly (string | null)[] = [
  null,
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=zzz',
  'multipart/form-data',
  'application/json; charset=shift_jis',
  'application/xml',
  'application/octet-stream',
  'text/csv',
  'application/json;;;',
];

/** Malformed or hostile values of the headers the API reads. */
export const HOSTILE_HEADERS: readonly [string, string][] = [
  ['if-match', 'x'],
  ['if-match', 'W/"1"'],
  ['if-match', '"1", "2"'],
  ['if-match', '"999999"'],
  ['if-match', '*'],
  ['if-match', ''],
  ['if-match', '"'],
  ['if-match', '"-1"'],
  ['if-match', '"99999999999"'],
  ['if-match', `"${'9'.repeat(500)}"`],
  ['origin', 'x'],
  ['origin', 'http://'],
  ['origin', 'null'],
  ['origin', 'http://evil.example'],
  ['origin', '://'],
  ['origin', 'http://[::1'],
  ['origin', 'file:///etc/passwd'],
  ['cookie', 'dxship_session=%'],
  ['cookie', `dxship_session=${'a'.repeat(4096)}`],
  ['cookie', '=;;=; dxship_session'],
  ['cookie', 'dxship_session="unterminated'],
  ['x-csrf-token', 'wrong'],
  ['x-csrf-token', ''],
  ['x-csrf-token', 'a'.repeat(1000)],
  ['if-none-match', '*'],
  ['accept', 'application/x-ndjson'],
];

/** Text that a field of any kind may legitimately hold, to make requests that pass validation. */
export const PLAIN_TEXTS: readonly string[] = [
  '住民記録システム',
  'テスト',
  '総務課',
  '書かない窓口',
  'しけん たろう',
  'A-001',
  'abc',
];
