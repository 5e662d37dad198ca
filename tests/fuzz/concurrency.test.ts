import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  orgParticipation,
  orgTargetPositions,
  people,
  practiceAdoptions,
  recruitmentExams,
} from '../../src/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/test-app.ts';

/**
 * Twenty writers at once per case, on the database of the run (PGlite in process; PostgreSQL with
 * TEST_DATABASE_URL, where the requests really overlap on a pool of connections): no 5xx, no
 * duplicate, no silent loss.
 */

const WRITERS = 20;
const OWN_BODY = '342157';
const OTHER_BODY = '342025';

let t: TestApp;
let admin: Session;
let officer: Session;
let manager: Session;
let otherManager: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  officer = await t.as('talent_officer');
  manager = await t.as('municipal_manager', OWN_BODY);
  otherManager = await t.as('municipal_manager', OTHER_BODY);
});
afterAll(() => t.close());

const person = (employeeNo: string) => ({
  employeeNo,
  name: '並行 登録',
  kana: 'へいこう とうろく',
  employerOrgCode: '340006',
  category: 'pref_it',
  hiringRoute: 'mid_career',
  hiringFiscalYear: 2024,
  hiredOn: '2024-04-01',
  grade: '主任',
  primaryJobType: 'business_designer',
});

/** Sends `make(i)` for i = 0…19 at once; answers the statuses, sorted. */
async function atOnce(make: (i: number) => Promise<Response>): Promise<number[]> {
  const answers = await Promise.all(Array.from({ length: WRITERS }, (_, i) => make(i)));
  return answers.map((r) => r.status).sort((a, b) => a - b);
}

function tally(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
}

describe('creating the same key twenty times at once: one 201, the rest 409, one row', () => {
  it('POST /api/people with one 職員番号', async () => {
    const statuses = await atOnce(() =>
      t.request('POST', '/api/people', { as: officer, body: person('RACE-1') }),
    );
    expect(tally(statuses)).toEqual({ 201: 1, 409: WRITERS - 1 });
    const [row] = await t.db.select({ n: count() }).from(people).where(eq(people.employeeNo, 'RACE-1'));
    expect(row!.n).toBe(1);
  });

  it('POST /api/workforce/targets with one body, 年度 and role', async () => {
    const body = {
      orgCode: OWN_BODY,
      targetFiscalYear: 2030,
      staffKind: 'administrative',
      roleName: '並行テスト',
      count: 2,
    };
    const statuses = await atOnce(() => t.request('POST', '/api/workforce/targets', { as: admin, body }));
    expect(tally(statuses)).toEqual({ 201: 1, 409: WRITERS - 1 });
    const [row] = await t.db
      .select({ n: count() })
      .from(orgTargetPositions)
      .where(and(eq(orgTargetPositions.orgCode, OWN_BODY), eq(orgTargetPositions.roleName, '並行テスト')));
    expect(row!.n).toBe(1);
  });

  it('POST /api/recruitment/exams with one 年度 and route', async () => {
    const body = {
      fiscalYear: 2031,
      route: 'graduate',
      applicants: 10,
      finalPassers: 2,
      hires: null,
      plannedHires: 3,
      note: '',
    };
    const statuses = await atOnce(() => t.request('POST', '/api/recruitment/exams', { as: officer, body }));
    expect(tally(statuses)).toEqual({ 201: 1, 409: WRITERS - 1 });
    const [row] = await t.db
      .select({ n: count() })
      .from(recruitmentExams)
      .where(and(eq(recruitmentExams.fiscalYear, 2031), eq(recruitmentExams.route, 'graduate')));
    expect(row!.n).toBe(1);
  });
});

describe('idempotent PUTs twenty times at once: all 200, one row, one audit entry', () => {
  it('PUT /api/orgs/{code}/participation/{fiscalYear}', async () => {
    const audits = async () =>
      (await t.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'participation.add')))[0]!
        .n;
    const before = await audits();
    const statuses = await atOnce(() =>
      t.request('PUT', '/api/orgs/342033/participation/2031', { as: admin, body: { participates: true } }),
    );
    expect(tally(statuses)).toEqual({ 200: WRITERS });
    const [row] = await t.db
      .select({ n: count() })
      .from(orgParticipation)
      .where(and(eq(orgParticipation.orgCode, '342033'), eq(orgParticipation.fiscalYear, 2031)));
    expect(row!.n).toBe(1);
    expect(await audits()).toBe(before + 1);
    const removed = await atOnce(() =>
      t.request('DELETE', '/api/orgs/342033/participation/2031', { as: admin }),
    );
    expect(tally(removed)).toEqual({ 200: WRITERS });
  });

  it('PUT /api/practices/{id}/adoptions', async () => {
    const created = await t.request('POST', '/api/practices', {
      as: otherManager,
      body: {
        title: '並行導入テスト',
        summary: '他団体の施策',
        fiscalYear: 2024,
        themes: [],
        category: '県DX関連事業',
        status: '実施中',
      },
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    const audits = async () =>
      (
        await t.db
          .select({ n: count() })
          .from(auditLog)
          .where(and(eq(auditLog.action, 'practice.adopt'), eq(auditLog.entityId, String(id))))
      )[0]!.n;
    const statuses = await atOnce(() =>
      t.request('PUT', `/api/practices/${id}/adoptions`, { as: manager, body: { note: '同じ内容' } }),
    );
    expect(tally(statuses)).toEqual({ 200: WRITERS });
    const [row] = await t.db
      .select({ n: count() })
      .from(practiceAdoptions)
      .where(eq(practiceAdoptions.practiceId, id));
    expect(row!.n).toBe(1);
    expect(await audits()).toBe(1);
  });
});

describe('updating one record twenty times at once', () => {
  const juki = { name: '並行更新', business: '住民基本台帳', hosting: 'ガバメントクラウド' };
  async function newSystem(): Promise<number> {
    const res = await t.request('POST', '/api/systems', { as: manager, body: juki });
    return ((await res.json()) as { id: number }).id;
  }

  it('with the same If-Match: exactly one wins, nineteen are told (412), nothing is lost silently', async () => {
    const id = await newSystem();
    const statuses = await atOnce((i) =>
      t.request('PATCH', `/api/systems/${id}`, {
        as: manager,
        body: { users: i + 1 },
        headers: { 'if-match': '"1"' },
      }),
    );
    expect(tally(statuses)).toEqual({ 200: 1, 412: WRITERS - 1 });
    const now = (await (await t.request('GET', `/api/systems/${id}`, { as: manager })).json()) as {
      version: number;
    };
    expect(now.version).toBe(2);
  });

  it('without If-Match: every change is applied in turn (the version counts all twenty)', async () => {
    const id = await newSystem();
    const statuses = await atOnce((i) =>
      t.request('PATCH', `/api/systems/${id}`, { as: manager, body: { users: i + 1 } }),
    );
    expect(tally(statuses)).toEqual({ 200: WRITERS });
    const now = (await (await t.request('GET', `/api/systems/${id}`, { as: manager })).json()) as {
      version: number;
      users: number;
    };
    expect(now.version).toBe(WRITERS + 1);
    expect(now.users).toBeGreaterThanOrEqual(1);
    const [audits] = await t.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'system'), eq(auditLog.entityId, String(id))));
    expect(audits!.n).toBe(WRITERS + 1); // the creation and the twenty changes
  });
});
