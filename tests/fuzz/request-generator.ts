import fc from 'fast-check';
import {
  HOSTILE_HEADERS,
  HOSTILE_IDS,
  HOSTILE_NUMBERS,
  HOSTILE_OTHERS,
  HOSTILE_STRINGS,
  MALFORMED_JSON,
  PLAIN_TEXTS,
  WRONG_CONTENT_TYPES,
} from './hostile-values.ts';
import type { JsonSchema, Operation, Parameter } from './openapi-operations.ts';

/** What the generator knows of the database: real ids to aim at, real body codes. */
export type FuzzContext = {
  /** Existing ids for a path parameter of an operation (own and other bodies' records). */
  idsFor: (operation: Operation, parameter: Parameter) => readonly string[];
  orgCodes: readonly string[];
  uuids: readonly string[];
};

/** One generated request, ready for `app.request`. */
export type FuzzRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer> | FormData;
  /** What was done to it, for the failure report. */
  mutation: string;
};

const FISCAL_YEAR = /fiscalyear|year$/i;
const DATE_FIELD = /(On|Date|date|asOf|Before|After|Start|End)$/;

const randomUuid = fc.uuid();
const isoDate = fc
  .record({
    y: fc.integer({ min: 2015, max: 2030 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** Strings matching a schema's pattern, when fast-check can read the pattern. */
function matching(pattern: string | undefined): fc.Arbitrary<string> | undefined {
  if (!pattern) return undefined;
  try {
    return fc.stringMatching(new RegExp(pattern, 'u'));
  } catch {
    return undefined;
  }
}

function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (schema.type) return [schema.type];
  if (schema.properties) return ['object'];
  return [];
}

/** A value that the schema most likely accepts (examples, enums, ranges, real ids and codes). */
export function validValue(schema: JsonSchema, ctx: FuzzContext, name = ''): fc.Arbitrary<unknown> {
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && alternatives.length > 0)
    return fc.oneof(...alternatives.map((s) => validValue(s, ctx, name)));
  if (schema.allOf && schema.allOf.length > 0)
    return validValue(Object.assign({}, ...schema.allOf), ctx, name);
  const types = typesOf(schema);
  if (types.length > 1) return fc.oneof(...types.map((type) => validValue({ ...schema, type }, ctx, name)));
  const example = schema.example;
  const withExample = (arb: fc.Arbitrary<unknown>) =>
    example === undefined ? arb : fc.oneof(fc.constant(example), arb);
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      if (FISCAL_YEAR.test(name)) return fc.integer({ min: 2020, max: 2027 });
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
      const max = Math.min(schema.maximum ?? min + 1000, min + 1000);
      return withExample(fc.integer({ min: Math.ceil(min), max: Math.floor(Math.max(min, max)) }));
    }
    case 'string': {
      if (schema.format === 'uuid') {
        return ctx.uuids.length > 0 ? fc.oneof(fc.constantFrom(...ctx.uuids), randomUuid) : randomUuid;
      }
      if (schema.format === 'binary') return fc.constant('');
      if (schema.pattern?.includes('\\d{6}')) return fc.constantFrom(...ctx.orgCodes);
      if (schema.format === 'date' || schema.pattern?.includes('\\d{4}-\\d{2}') || DATE_FIELD.test(name)) {
        return isoDate;
      }
      if (schema.format === 'email') return fc.constant('fuzz@example.jp');
      const fromPattern = matching(schema.pattern);
      if (fromPattern) return withExample(fromPattern);
      const maxLength = Math.min(schema.maxLength ?? 20, 20);
      const minLength = Math.min(schema.minLength ?? 0, maxLength);
      const plain = PLAIN_TEXTS.filter((t) => t.length >= minLength && t.length <= maxLength);
      const free = fc.string({ minLength, maxLength, unit: 'grapheme' });
      return withExample(plain.length > 0 ? fc.oneof(fc.constantFrom(...plain), free) : free);
    }
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 3, 3));
      return fc.array(validValue(schema.items ?? {}, ctx, name), { minLength, maxLength });
    }
    case 'object': {
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(
        Object.entries(properties).map(([k, s]) => [k, validValue(s, ctx, k)]),
      );
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
    }
    default:
      return fc.constantFrom<unknown>('x', 1, true);
  }
}

/** Any hostile JSON value: strings, numbers and wrong types. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_OTHERS) },
);

/** The paths (keys and indexes) of every node of a JSON value. */
function nodePaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...nodePaths(v, [...prefix, i]));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push(...nodePaths(v, [...prefix, k]));
  }
  return out;
}

type BodyMutation = { kind: 'replace' | 'delete' | 'extra'; pick: number; value: unknown };

/** Applies a mutation to a copy of a JSON value: one node replaced or deleted, or a key added. */
function mutate(value: unknown, m: BodyMutation): { value: unknown; label: string } {
  const copy: unknown = structuredClone(value);
  const paths = nodePaths(copy);
  const path = paths[m.pick % paths.length] ?? [];
  const show =
    typeof m.value === 'string' && m.value.length > 40
      ? `${m.value.slice(0, 20)}…(${m.value.length})`
      : m.value;
  if (path.length === 0) {
    if (m.kind === 'extra' && typeof copy === 'object' && copy !== null && !Array.isArray(copy)) {
      (copy as Record<string, unknown>).unexpectedField = m.value;
      return { value: copy, label: `extra field = ${JSON.stringify(show)}` };
    }
    return { value: m.value, label: `whole body = ${JSON.stringify(show)}` };
  }
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1]!;
  let parent: unknown = copy;
  for (const k of parentPath) parent = (parent as Record<string | number, unknown>)[k];
  const container = parent as Record<string | number, unknown>;
  const where = path.join('.');
  if (m.kind === 'delete') {
    if (Array.isArray(container)) container.splice(Number(key), 1);
    else delete container[key];
    return { value: copy, label: `without ${where}` };
  }
  if (m.kind === 'extra' && typeof container[key] === 'object' && container[key] !== null) {
    (container[key] as Record<string, unknown>).unexpectedField = m.value;
    return { value: copy, label: `extra ${where}.unexpectedField = ${JSON.stringify(show)}` };
  }
  container[key] = m.value;
  return { value: copy, label: `${where} = ${JSON.stringify(show)}` };
}

/** Percent-encodes text; a lone surrogate (which UTF-8 cannot carry) is sent as its CESU-8 bytes. */
export function encodeText(text: string): string {
  return text
    .split(/(\p{Cs})/u)
    .map((part, i) => {
      if (i % 2 === 0) return encodeURIComponent(part);
      const code = part.charCodeAt(0);
      const bytes = [0xed, 0xa0 | ((code >> 6) & 0x0f), 0x80 | (code & 0x3f)];
      return bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    })
    .join('');
}

const OMIT = Symbol('omit');

/** A parameter's value as raw URL text (encoded), or OMIT. */
function parameterValue(op: Operation, p: Parameter, ctx: FuzzContext): fc.Arbitrary<string | typeof OMIT> {
  if (p.in === 'header') {
    const values = ['"1"', '"2"', '"3"', '*', 'x', 'W/"1"', '"999"', '"1", "2"', ''];
    return fc.oneof(fc.constantFrom(...values), fc.constant(OMIT));
  }
  const known = ctx.idsFor(op, p);
  const valid = validValue(p.schema, ctx, p.name).map((v) => encodeText(String(v)));
  const hostile = fc.oneof(
    fc.constantFrom(...HOSTILE_IDS),
    fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length < 10_000)).map(encodeText),
  );
  return fc.oneof(
    ...(known.length > 0 ? [{ weight: 6, arbitrary: fc.constantFrom(...known) }] : []),
    { weight: 4, arbitrary: valid },
    { weight: 3, arbitrary: hostile },
    { weight: p.required ? 1 : 3, arbitrary: fc.constant(OMIT) },
  );
}

/** A small table (CSV text) with hostile cells now and then, for the import routes. */
const tableText = fc
  .record({
    headers: fc.array(
      fc.constantFrom(
        'システム名',
        '業務',
        '稼働環境',
        '氏名',
        '職員番号',
        '件名',
        '団体コード',
        'a\u0000',
        '',
      ),
      {
        minLength: 0,
        maxLength: 5,
      },
    ),
    rows: fc.array(
      fc.array(
        fc.oneof(
          fc.constantFrom(...PLAIN_TEXTS),
          fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length < 10_000)),
        ),
        { maxLength: 6 },
      ),
      {
        maxLength: 5,
      },
    ),
  })
  .map(({ headers, rows }) =>
    [headers, ...rows].map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\r\n'),
  );

type BodyChoice = {
  mediaType: string | null;
  body?: string | Uint8Array<ArrayBuffer> | FormData;
  label: string;
};

function bodyOf(op: Operation, ctx: FuzzContext): fc.Arbitrary<BodyChoice> {
  const choices: fc.WeightedArbitrary<BodyChoice>[] = [];
  for (const { mediaType, schema } of op.body) {
    if (mediaType === 'application/json') {
      const valid = validValue(schema, ctx);
      choices.push({
        weight: 4,
        arbitrary: valid.map((v) => ({ mediaType, body: JSON.stringify(v), label: 'valid body' })),
      });
      const mutation = fc.record({
        kind: fc.constantFrom<BodyMutation['kind']>('replace', 'replace', 'delete', 'extra'),
        pick: fc.nat(),
        value: hostileValue,
      });
      choices.push({
        weight: 8,
        arbitrary: fc.tuple(valid, mutation).map(([v, m]) => {
          const mutated = mutate(v, m);
          return { mediaType, body: JSON.stringify(mutated.value), label: mutated.label };
        }),
      });
      choices.push({
        weight: 2,
        arbitrary: fc
          .constantFrom(...MALFORMED_JSON)
          .map((body) => ({ mediaType, body, label: `malformed JSON ${JSON.stringify(body.slice(0, 30))}` })),
      });
    } else if (mediaType === 'multipart/form-data') {
      choices.push({
        weight: 6,
        arbitrary: fc
          .record({
            name: fc.constantFrom('資料.pdf', 'a\u0000.pdf', 'x'.repeat(300), '../../x.txt', '', 'メモ.txt'),
            bytes: fc.uint8Array({ maxLength: 64 }),
            field: fc.constantFrom('file', 'other'),
          })
          .map(({ name, bytes, field }) => {
            const form = new FormData();
            form.append(field, new File([bytes], name));
            return {
              mediaType: null,
              body: form,
              label: `multipart ${field} ${JSON.stringify(name.slice(0, 20))}`,
            };
          }),
      });
    } else {
      choices.push({
        weight: 6,
        arbitrary: fc.oneof(
          tableText.map((text) => ({ mediaType, body: text, label: `table as ${mediaType}` })),
          fc
            .uint8Array({ maxLength: 256 })
            .map((bytes) => ({ mediaType, body: bytes, label: `random bytes as ${mediaType}` })),
        ),
      });
    }
  }
  const anyBody = fc.constantFrom(...MALFORMED_JSON, '{"name":"x"}');
  choices.push({
    weight: op.body.length > 0 ? 2 : 1,
    arbitrary: fc.tuple(fc.constantFrom(...WRONG_CONTENT_TYPES), anyBody).map(([mediaType, body]) => ({
      mediaType,
      body,
      label: `content type ${mediaType ?? '(none)'}`,
    })),
  });
  if (op.body.length === 0)
    choices.push({ weight: 4, arbitrary: fc.constant({ mediaType: null, label: 'no body' }) });
  return fc.oneof(...choices);
}

/** Requests for one operation: parameters, body and headers, each valid or hostile. */
export function requestsFor(op: Operation, ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const parameters = fc.tuple(...op.parameters.map((p) => parameterValue(op, p, ctx)));
  const extraQuery = fc.option(
    fc.constantFrom('unknown=1', 'limit=1&limit=2', '__proto__=x', 'q', '=', '&&', `x=${'a'.repeat(2000)}`),
    { freq: 5 },
  );
  const header = fc.option(fc.constantFrom(...HOSTILE_HEADERS), { freq: 3 });
  return fc
    .record({
      values: op.parameters.length > 0 ? parameters : fc.constant([]),
      extraQuery,
      header,
      body: bodyOf(op, ctx),
    })
    .map(({ values, extraQuery, header, body }) => {
      let url = op.path;
      const query: string[] = [];
      const headers: Record<string, string> = {};
      const labels: string[] = [body.label];
      op.parameters.forEach((p, i) => {
        const value = values[i];
        if (p.in === 'path')
          url = url.replace(`{${p.name}}`, value === OMIT || value === undefined ? '' : value);
        else if (value === OMIT || value === undefined) return;
        else if (p.in === 'query') query.push(`${encodeURIComponent(p.name)}=${value}`);
        else headers[p.name] = value;
      });
      if (extraQuery) query.push(extraQuery);
      if (header) {
        headers[header[0]] = header[1];
        labels.push(`${header[0]}: ${header[1].slice(0, 30)}`);
      }
      if (body.mediaType) headers['content-type'] = body.mediaType;
      return {
        method: op.method,
        url: query.length > 0 ? `${url}?${query.join('&')}` : url,
        headers,
        ...(body.body !== undefined ? { body: body.body } : {}),
        mutation: labels.join('; '),
      };
    });
}
