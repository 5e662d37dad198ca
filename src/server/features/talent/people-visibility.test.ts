import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { currentFiscalYear } from '../../../domain/fiscal-year.ts';
import { addPerson, addPost, assign, linkAccount } from './test-fixtures.ts';

type Person = { id: string; name: string; [key: string]: unknown };
type Page = { items: Person[]; total: number };

const ETAJIMA = '342157';
const KURE = '342025';
const PERSONAL = ['allowance', 'careerGoal', 'locationPreferences', 'homeOrg'];

let t: TestApp;
let officer: Session;
let admin: Session;
let member: Session;
let etajimaManager: Session;
let etajimaStaff: Session;
let kureManager: Session;
let viewer: Session;
/** Assigned to 江田島市 now, linked to `member`. */
let hostedId: string;
/** Assigned to 呉市 now. */
let kureId: string;
/** Employed by 江田島市, not assigned anywhere. */
let employedId: string;
/** Assigned to 江田島市 until last 年度 only. */
let formerId: string;

beforeAll(async () => {
  t = await createTestApp();
  const fy = currentFiscalYear();
  [officer, admin, member, etajimaManager, etajimaStaff, kureManager, viewer] = await Promise.all([
    t.as('talent_officer'),
    t.as('admin'),
    t.as('member', ETAJIMA),
    t.as('municipal_manager', ETAJIMA),
    t.as('municipal_staff', ETAJIMA),
    t.as('municipal_manager', KURE),
    t.as('viewer', ETAJIMA),
  ]);
  const etajimaPost = await addPost(t.db, ETAJIMA, 'デジタル推進課 主任', fy - 2);
  const kurePost = await addPost(t.db, KURE, '行政改革デジタル推進第２課 課長補佐', fy - 2);
  const hosted = await addPerson(t.db, {
    name: '江田 花子',
    kana: 'えだ はなこ',
    certifications: [{ code: 'AP', passedOn: '2022-10-09' }],
    locationPreferences: [ETAJIMA, KURE],
    careerGoal: '自治体DXを牽引する',
  });
  hostedId = hosted.id;
  await linkAccount(t.db, hostedId, member.login);
  await assign(t.db, hostedId, etajimaPost, fy - 1, null);
  kureId = (await addPerson(t.db, { name: '呉 一郎', kana: 'くれ いちろう' })).id;
  await assign(t.db, kureId, kurePost, fy, fy);
  employedId = (
    await addPerson(t.db, {
      name: '島 次郎',
      kana: 'しま じろう',
      employerOrgCode: ETAJIMA,
      category: 'municipal_registered',
      hiringRoute: 'graduate',
    })
  ).id;
  formerId = (await addPerson(t.db, { name: '元 三郎', kana: 'もと さぶろう' })).id;
  await assign(t.db, formerId, etajimaPost, fy - 2, fy - 1);
});
afterAll(() => t.close());

const list = async (s: Session) => (await (await t.request('GET', '/api/people', { as: s })).json()) as Page;
const ids = (page: Page) => page.items.map((p) => p.id).sort();

describe('who sees which people', () => {
  it('a talent officer and an admin see everyone, with personal data and allowance', async () => {
    for (const s of [officer, admin]) {
      const page = await list(s);
      expect(ids(page)).toEqual([hostedId, kureId, employedId, formerId].sort());
      const hosted = page.items.find((p) => p.id === hostedId)!;
      expect(hosted).toMatchObject({ careerGoal: '自治体DXを牽引する', allowance: { eligible: true } });
      expect((hosted.locationPreferences as { code: string }[]).map((l) => l.code)).toEqual([ETAJIMA, KURE]);
    }
  });

  it('a member sees only themselves, with their own allowance', async () => {
    const page = await list(member);
    expect(ids(page)).toEqual([hostedId]);
    expect(page.items[0]).toMatchObject({ allowance: { eligible: true, monthlyYen: 50000 } });
    expect((await t.request('GET', `/api/people/${hostedId}/allowance`, { as: member })).status).toBe(200);
  });

  it('a member never sees another person, nor their allowance (404: not even confirmed to exist)', async () => {
    for (const id of [kureId, employedId]) {
      expect((await t.request('GET', `/api/people/${id}`, { as: member })).status).toBe(404);
      expect((await t.request('GET', `/api/people/${id}/allowance`, { as: member })).status).toBe(404);
      expect((await t.request('GET', `/api/people/${id}/career`, { as: member })).status).toBe(404);
    }
  });

  it("a municipal manager sees the people assigned to their body now and those it employs, not another body's", async () => {
    expect(ids(await list(etajimaManager))).toEqual([hostedId, employedId].sort());
    expect(ids(await list(kureManager))).toEqual([kureId]);
    expect((await t.request('GET', `/api/people/${kureId}`, { as: etajimaManager })).status).toBe(404);
    expect((await t.request('GET', `/api/people/${hostedId}`, { as: kureManager })).status).toBe(404);
    expect((await t.request('GET', `/api/people/${formerId}`, { as: etajimaManager })).status).toBe(404);
  });

  it('a municipal manager gets no personal data, and the allowance is refused (403) for a visible person', async () => {
    const res = await t.request('GET', `/api/people/${hostedId}`, { as: etajimaManager });
    expect(res.status).toBe(200);
    const person = (await res.json()) as Person;
    for (const key of PERSONAL) expect(person).not.toHaveProperty(key);
    expect(JSON.stringify(person)).not.toContain('自治体DXを牽引する');
    expect((await t.request('GET', `/api/people/${hostedId}/allowance`, { as: etajimaManager })).status).toBe(
      403,
    );
    expect((await t.request('GET', `/api/people/${kureId}/allowance`, { as: etajimaManager })).status).toBe(
      404,
    );
  });

  it('municipal staff see the same people as their manager but never personal data or the allowance', async () => {
    const page = await list(etajimaStaff);
    expect(ids(page)).toEqual([hostedId, employedId].sort());
    for (const p of page.items) for (const key of PERSONAL) expect(p).not.toHaveProperty(key);
    expect((await t.request('GET', `/api/people/${hostedId}/allowance`, { as: etajimaStaff })).status).toBe(
      403,
    );
  });

  it('the host manager sees skill achievement on the career page; staff and an employing-only manager do not', async () => {
    const career = async (s: Session, id: string) =>
      (await (await t.request('GET', `/api/people/${id}/career`, { as: s })).json()) as { skills: unknown };
    expect((await career(etajimaManager, hostedId)).skills).toEqual([]);
    expect((await career(etajimaStaff, hostedId)).skills).toBeNull();
    expect((await career(etajimaManager, employedId)).skills).toBeNull();
    expect((await career(member, hostedId)).skills).toEqual([]);
  });

  it('a viewer may not read people at all (403)', async () => {
    expect((await t.request('GET', '/api/people', { as: viewer })).status).toBe(403);
    expect((await t.request('GET', `/api/people/${hostedId}`, { as: viewer })).status).toBe(403);
    expect((await t.request('GET', `/api/people/${hostedId}/allowance`, { as: viewer })).status).toBe(403);
  });

  it('never returns the linked account beyond its login', async () => {
    const res = await t.request('GET', `/api/people/${hostedId}`, { as: officer });
    const body = (await res.json()) as Person;
    expect(body.account).toEqual({ login: member.login });
    expect(JSON.stringify(body)).not.toMatch(/scrypt|passwordHash|userId/);
  });
});
