import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../tests/support/test-app.ts';
import { generationOf } from './change-feed.ts';

const ETAJIMA = '342157';
let t: TestApp;
let admin: Session;
let etajima: Session;
let viewer: Session;

const system = (name: string) => ({
  name,
  business: 'その他',
  category: '財務会計',
  hosting: 'クラウド',
  personalData: false,
  status: '稼働中',
});

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  etajima = await t.as('municipal_manager', ETAJIMA);
  viewer = await t.as('viewer', '342092');
});
afterAll(() => t.close());

describe('read cache (answers held until the data changes)', () => {
  it('answers the same list again with the same ETag, and 304 to If-None-Match', async () => {
    const first = await t.request('GET', '/api/systems?q=キャッシュ', { as: viewer });
    const etag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await t.request('GET', '/api/systems?q=キャッシュ', { as: viewer });
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.json()).toEqual(await first.json());
    const revalidated = await t.request('GET', '/api/systems?q=キャッシュ', {
      as: viewer,
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
  });

  it('a committed write is seen by the next read: lists and search', async () => {
    const before = (await (
      await t.request('GET', '/api/systems?q=会計キャッシュ', { as: viewer })
    ).json()) as {
      total: number;
    };
    const search = await t.request('GET', '/api/search?q=会計キャッシュ', { as: viewer });
    expect(search.status).toBe(200);
    const generation = generationOf(t.db);
    const created = await t.request('POST', '/api/systems', { as: etajima, body: system('会計キャッシュ') });
    expect(created.status).toBe(201);
    expect(generationOf(t.db)).toBeGreaterThan(generation);
    const after = (await (
      await t.request('GET', '/api/systems?q=会計キャッシュ', { as: viewer })
    ).json()) as {
      total: number;
    };
    expect(after.total).toBe(before.total + 1);
    const found = (await (await t.request('GET', '/api/search?q=会計キャッシュ', { as: viewer })).json()) as {
      systems: { total: number };
    };
    expect(found.systems.total).toBe(1);
  });

  it('a refused write (validation, rollback) does not move the feed', async () => {
    const generation = generationOf(t.db);
    const refused = await t.request('POST', '/api/systems', { as: etajima, body: { name: '' } });
    expect(refused.status).toBe(400);
    const forbidden = await t.request('POST', '/api/systems', { as: viewer, body: system('閲覧者') });
    expect(forbidden.status).toBe(403);
    expect(generationOf(t.db)).toBe(generation);
  });

  it('never serves one role what another role computed (authorisation runs per role)', async () => {
    expect((await t.request('GET', '/api/people', { as: admin })).status).toBe(200);
    expect((await t.request('GET', '/api/people', { as: viewer })).status).toBe(403);
    expect((await t.request('GET', '/api/people', { as: admin })).status).toBe(200);
    expect((await t.request('GET', '/api/people', { as: viewer })).status).toBe(403);
  });

  it('compresses JSON of 1 KB or more for clients that accept brotli or gzip', async () => {
    const plain = await (await t.request('GET', '/api/orgs', { as: viewer })).text();
    expect(plain.length).toBeGreaterThan(1024);
    const br = await t.request('GET', '/api/orgs', {
      as: viewer,
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(plain);
    const gz = await t.request('GET', '/api/orgs', { as: viewer, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(plain);
    const small = await t.request('GET', '/api/health', { headers: { 'accept-encoding': 'br' } });
    expect(small.headers.get('content-encoding')).toBeNull();
  });
});

describe('session cache', () => {
  it('a session ended by logout is refused at once, though it was served from memory', async () => {
    const session = await t.as('municipal_staff', ETAJIMA);
    expect((await t.request('GET', '/api/auth/me', { as: session })).status).toBe(200);
    expect((await t.request('GET', '/api/auth/me', { as: session })).status).toBe(200);
    expect((await t.request('POST', '/api/auth/logout', { as: session })).status).toBe(204);
    expect((await t.request('GET', '/api/auth/me', { as: session })).status).toBe(401);
    expect((await t.request('GET', '/api/systems', { as: session })).status).toBe(401);
  });
});
