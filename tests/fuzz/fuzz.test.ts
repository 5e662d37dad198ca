import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/domain/roles.ts';
import { insertSkillsMatrixFixtures } from '../../src/server/features/skills/test-fixtures.ts';
import { createTestApp, type Session, type TestApp } from '../support/test-app.ts';
import { countChanges, countedTables, existingIds, rowCounts } from './database-state.ts';
import { type Operation, operationsOf, type Parameter } from './openapi-operations.ts';
import { type FuzzContext, type FuzzRequest, requestsFor, validValue } from './request-generator.ts';

/**
 * Requests generated from /api/openapi.json for every operation, as every role of its own body, as a
 * manager of another body and without a session, with hostile values in parameters, bodies and
 * headers. Asserts: no 5xx, the error shape, no stack trace or SQL in an error, and no row count
 * changed by a refused write. A fixed seed makes a failure reproducible; the summary is printed.
 */

const SEED = 20_261_206;
/** Requests in all (at least), spread evenly over (operation × actor). */
const BUDGET = 5_000;

const OWN_BODY = '342157';
const OTHER_BODY = '342025';
const PREFECTURE = '340006';
const ORG_CODES = [PREFECTURE, OWN_BODY, OTHER_BODY, '342033', '341002'];

type Actor = { name: string; role: Role | null; orgCode: string; session: Session | null };

let t: TestApp;
let actors: Actor[];
let operations: Operation[];
let context: FuzzContext;
let tables: string[];

const METHOD_ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const isWrite = (method: string) => method !== 'GET' && method !== 'HEAD';

async function signIn(role: Role, orgCode: string): Promise<Session> {
  return t.as(role, orgCode);
}

function send(req: FuzzRequest, actor: Actor): Promise<Response> {
  const headers: Record<string, string> = {};
  if (actor.session) {
    headers.cookie = actor.session.cookie;
    headers['x-csrf-token'] = actor.session.csrfToken;
  }
  Object.assign(headers, req.headers);
  const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : req.body;
  return Promise.resolve(t.app.request(req.url, { method: req.method, headers, body }));
}

/** Creates records through the API with generated valid bodies, so the fuzz has real ids to aim at. */
async function seedThroughTheApi(): Promise<void> {
  const creators = operations.filter(
    (op) => op.method === 'POST' && !op.path.includes('{') && op.body.length > 0,
  );
  const seeders = actors.filter((a) => a.role === 'admin' || a.role === 'municipal_manager');
  for (const op of creators) {
    const json = op.body.find((b) => b.mediaType === 'application/json');
    if (!json || op.path.includes('/auth/')) continue;
    const bodies = fc.sample(validValue(json.schema, context), { seed: SEED, numRuns: 25 });
    for (const actor of seeders) {
      for (const body of bodies) {
        const res = await send(
          {
            method: 'POST',
            url: op.path,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
            mutation: 'seed',
          },
          actor,
        );
        if (res.ok) break;
      }
    }
  }
}

function contextFrom(ids: Map<string, string[]>): FuzzContext {
  // A running matching run writes in the background; the fuzz does not start one (see the report).
  ids.delete('matching_scenarios');
  const uuids = [...ids.values()].flat().filter((id) => /^[0-9a-f-]{36}$/.test(id));
  const serials = [...ids.values()].flat().filter((id) => /^\d+$/.test(id));
  return {
    orgCodes: ORG_CODES,
    uuids,
    idsFor: (op: Operation, p: Parameter) => {
      if (p.in !== 'path') return [];
      if (p.schema.pattern?.includes('\\d{6}')) return ORG_CODES;
      if (p.schema.type === 'integer' && /year/i.test(p.name)) return ['2024', '2025'];
      const segments = op.path.split('/');
      const at = segments.indexOf(`{${p.name}}`);
      const owner = (segments[at - 1] ?? '').replaceAll('-', '_');
      const fitting = [...ids.keys()].filter(
        (table) => table === owner || table.endsWith(`_${owner}`) || table.startsWith(`${owner}_`),
      );
      const own = fitting.flatMap((table) => ids.get(table) ?? []);
      if (own.length > 0) return own;
      return p.schema.format === 'uuid' ? uuids.slice(0, 8) : serials.slice(0, 8);
    },
  };
}

beforeAll(async () => {
  t = await createTestApp();
  actors = [{ name: 'no session', role: null, orgCode: '', session: null }];
  for (const role of ROLES) {
    const orgCode = role === 'admin' || role === 'talent_officer' ? PREFECTURE : OWN_BODY;
    actors.push({ name: `${role}@${orgCode}`, role, orgCode, session: await signIn(role, orgCode) });
  }
  actors.push({
    name: `municipal_manager@${OTHER_BODY}`,
    role: 'municipal_manager',
    orgCode: OTHER_BODY,
    session: await signIn('municipal_manager', OTHER_BODY),
  });
  operations = operationsOf(await (await t.request('GET', '/api/openapi.json')).json()).sort(
    (a, b) =>
      METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method) ||
      (a.path.endsWith('/logout') ? 1 : 0) - (b.path.endsWith('/logout') ? 1 : 0),
  );
  await insertSkillsMatrixFixtures(t.db);
  context = contextFrom(new Map());
  await seedThroughTheApi();
  context = contextFrom(await existingIds(t.db));
  tables = await countedTables(t.db);
}, 300_000);
afterAll(() => t.close());

const STACK_TRACE = /\n\s+at |\.ts:\d+:\d+|node_modules|Error: /;
const SQL_TEXT =
  /\b(select|insert into|update .+ set|delete from|violates|duplicate key|relation "|syntax error|sqlstate|pglite|drizzle)\b/i;

function shapeProblem(status: number, text: string): string | undefined {
  if (status < 400) return STACK_TRACE.test(text) ? 'stack trace in a success body' : undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'error body is not JSON';
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; issues?: unknown } }).error;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string')
    return 'error body without {error:{code,message}}';
  if (error.issues !== undefined) {
    const ok =
      Array.isArray(error.issues) &&
      error.issues.every(
        (i: { path?: unknown; message?: unknown }) =>
          typeof i?.path === 'string' && typeof i.message === 'string',
      );
    if (!ok) return 'issues are not [{path,message}]';
  }
  if (STACK_TRACE.test(text)) return 'stack trace in an error body';
  if (SQL_TEXT.test(error.message)) return 'SQL in an error message';
  return undefined;
}

describe('fuzz: every operation of the OpenAPI document, every actor, hostile input', () => {
  it('answers no 5xx, the error shape, and changes nothing when it refuses a write', async () => {
    const started = performance.now();
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    const perPair = Math.ceil(BUDGET / (operations.length * actors.length));
    let sent = 0;
    let counts = await rowCounts(t.db, tables);
    for (const [opIndex, op] of operations.entries()) {
      const requests = fc.sample(requestsFor(op, context), {
        seed: SEED + opIndex,
        numRuns: perPair * actors.length,
      });
      for (const [i, req] of requests.entries()) {
        const actor = actors[i % actors.length]!;
        const res = await send(req, actor);
        const text = await res.text();
        sent++;
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const where = `${req.method} ${req.url.slice(0, 160)} as ${actor.name} [${req.mutation.slice(0, 160)}]`;
        if (res.status >= 500) failures.push(`${res.status} ${where}: ${text.slice(0, 200)}`);
        const problem = shapeProblem(res.status, text);
        if (problem) failures.push(`${problem}: ${res.status} ${where}: ${text.slice(0, 200)}`);
        // Counted after each write only (reads change no rows): a refused write must leave the counts
        // as the last write left them.
        if (isWrite(req.method)) {
          const now = await rowCounts(t.db, tables);
          const changed = countChanges(counts, now);
          if (res.status >= 400 && res.status < 500 && changed.length > 0) {
            failures.push(`refused ${res.status} but rows changed (${changed.join(', ')}): ${where}`);
          }
          counts = now;
        }
        // A logout (or a later route that disables a user) ends the actor's session: sign in again.
        if (actor.session && res.status === 401 && !('cookie' in req.headers)) {
          actor.session = await signIn(actor.role!, actor.orgCode);
          counts = await rowCounts(t.db, tables);
        }
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const summary = [...statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ');
    console.log(
      `fuzz (${t.kind}): ${sent} requests over ${operations.length} operations × ${actors.length} actors in ${seconds.toFixed(1)} s — ${summary}`,
    );
    expect(sent).toBeGreaterThanOrEqual(5_000);
    expect(failures, failures.slice(0, 40).join('\n')).toEqual([]);
  }, 900_000);
});
