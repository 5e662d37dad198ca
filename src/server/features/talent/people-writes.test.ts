import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import {
  auditLog,
  people,
  personCertifications,
  personLocationPreferences,
} from '../../../db/schema/index.ts';
import { currentFiscalYear } from '../../../domain/fiscal-year.ts';
import { addPerson, addPost, assign, linkAccount } from './test-fixtures.ts';

type Issues = { error: { code: string; issues?: { path: string; message: string }[] } };
type Person = { id: string; kana: string; careerGoal?: string; status: string; [key: string]: unknown };

let t: TestApp;
let officer: Session;
let member: Session;
let manager: Session;
let memberPersonId: string;
let otherPersonId: string;

const valid = {
  employeeNo: 'H2024-001',
  name: '髙橋 ①子',
  kana: 'タカハシ イチコ',
  employerOrgCode: '340006',
  category: 'pref_it',
  hiringRoute: 'graduate',
  hiringFiscalYear: 2024,
  hiredOn: '2024-04-01',
  grade: '係員',
  primaryJobType: 'data_scientist',
  secondaryJobType: 'advanced_tech_engineer',
  certifications: [{ code: 'AP', passedOn: '2023-10-08' }],
  locationPreferences: ['342157', '342025'],
  careerGoal: '㈱での分析経験を県政に活かす',
};

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.as('talent_officer');
  member = await t.as('member', '342157');
  manager = await t.as('municipal_manager', '342157');
  memberPersonId = (await addPerson(t.db, { careerGoal: '最初の目標' })).id;
  await linkAccount(t.db, memberPersonId, member.login);
  otherPersonId = (await addPerson(t.db)).id;
  const post = await addPost(t.db, '342157', 'DX推進員', currentFiscalYear());
  await assign(t.db, memberPersonId, post, currentFiscalYear());
});
afterAll(() => t.close());

const peopleCount = async () => (await t.db.select({ id: people.id }).from(people)).length;

describe('POST /api/people', () => {
  it('registers a person with certifications and ranked preferences, kana as hiragana, audited', async () => {
    const res = await t.request('POST', '/api/people', { as: officer, body: valid });
    expect(res.status).toBe(201);
    const p = (await res.json()) as Person;
    expect(p).toMatchObject({ name: '髙橋 ①子', kana: 'たかはし いちこ', careerGoal: valid.careerGoal });
    expect((p.locationPreferences as { rank: number; name: string }[]).map((l) => [l.rank, l.name])).toEqual([
      [1, '江田島市'],
      [2, '呉市'],
    ]);
    const entry = (await t.db.select().from(auditLog).where(eq(auditLog.entityId, p.id)))[0];
    expect(entry).toMatchObject({ action: 'person.create', actorLogin: officer.login });
    expect(entry?.after).toMatchObject({
      employeeNo: 'H2024-001',
      locationPreferences: ['342157', '342025'],
    });
  });

  it('rejects a taken 職員番号 with 409 and writes nothing', async () => {
    const before = await peopleCount();
    const res = await t.request('POST', '/api/people', { as: officer, body: { ...valid, name: '別人' } });
    expect(res.status).toBe(409);
    expect(((await res.json()) as Issues).error.code).toBe('EMPLOYEE_NO_TAKEN');
    expect(await peopleCount()).toBe(before);
  });

  it('reports every bad field with a Japanese message', async () => {
    const res = await t.request('POST', '/api/people', {
      as: officer,
      body: {
        ...valid,
        employeeNo: 'X-1',
        kana: 'Takahashi',
        employerOrgCode: '340007',
        primaryJobType: 'wizard',
        certifications: [
          { code: 'AP', passedOn: '2023-02-30' },
          { code: 'AP', passedOn: '2023-10-08' },
        ],
        locationPreferences: ['342157', '342157'],
      },
    });
    expect(res.status).toBe(400);
    const issues = ((await res.json()) as Issues).error.issues!;
    expect(issues.map((i) => i.path).sort()).toEqual(
      [
        'certifications.0.passedOn',
        'certifications.1',
        'employerOrgCode',
        'kana',
        'locationPreferences.1',
        'primaryJobType',
      ].sort(),
    );
    expect(issues.find((i) => i.path === 'kana')?.message).toContain('ひらがな');
    expect(issues.find((i) => i.path === 'employerOrgCode')?.message).toContain('検査数字');
  });

  it('checks 採用日 against 採用年度 and the two job types against each other', async () => {
    const res = await t.request('POST', '/api/people', {
      as: officer,
      body: { ...valid, employeeNo: 'X-2', hiredOn: '2024-03-31', secondaryJobType: 'data_scientist' },
    });
    const issues = ((await res.json()) as Issues).error.issues!;
    expect(issues.map((i) => i.path).sort()).toEqual(['hiredOn', 'secondaryJobType']);
    expect(issues.find((i) => i.path === 'hiredOn')?.message).toContain('令和6年度');
  });

  it('rejects a valid code of a body that is not ours (千代田区) and an unknown account, writing nothing', async () => {
    const before = await peopleCount();
    const res = await t.request('POST', '/api/people', {
      as: officer,
      body: { ...valid, employeeNo: 'X-3', locationPreferences: ['131016'], accountLogin: 'nobody' },
    });
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as Issues).error.issues!.map((i) => i.path).sort();
    expect(paths).toEqual(['accountLogin', 'locationPreferences.0']);
    expect(await peopleCount()).toBe(before);
  });

  it('is for talent officers and admins only', async () => {
    for (const s of [member, manager]) {
      const res = await t.request('POST', '/api/people', { as: s, body: { ...valid, employeeNo: 'X-4' } });
      expect(res.status).toBe(403);
    }
  });
});

describe('PATCH /api/people/{id}', () => {
  it('a member changes their own career goal, secondary job type and preferences', async () => {
    const res = await t.request('PATCH', `/api/people/${memberPersonId}`, {
      as: member,
      body: {
        careerGoal: '情報セキュリティの専門家になる',
        secondaryJobType: 'security_specialist',
        locationPreferences: ['342025'],
      },
    });
    expect(res.status).toBe(200);
    const p = (await res.json()) as Person;
    expect(p.careerGoal).toBe('情報セキュリティの専門家になる');
    expect(p.secondaryJobType).toEqual({ code: 'security_specialist', name: 'セキュリティスペシャリスト' });
    const prefs = await t.db
      .select()
      .from(personLocationPreferences)
      .where(eq(personLocationPreferences.personId, memberPersonId));
    expect(prefs.map((r) => [r.rank, r.orgCode])).toEqual([[1, '342025']]);
  });

  it('a member editing their employer is refused (403) and nothing changes, even alongside allowed fields', async () => {
    const res = await t.request('PATCH', `/api/people/${memberPersonId}`, {
      as: member,
      body: { careerGoal: 'こっそり', employerOrgCode: '342157' },
    });
    expect(res.status).toBe(403);
    const [row] = await t.db.select().from(people).where(eq(people.id, memberPersonId));
    expect(row).toMatchObject({ employerOrgCode: '340006', careerGoal: '情報セキュリティの専門家になる' });
  });

  it("a member cannot touch another person's profile (404), nor change their own certifications (403)", async () => {
    const other = await t.request('PATCH', `/api/people/${otherPersonId}`, {
      as: member,
      body: { careerGoal: 'x' },
    });
    expect(other.status).toBe(404);
    const certs = await t.request('PATCH', `/api/people/${memberPersonId}`, {
      as: member,
      body: { certifications: [{ code: 'ST', passedOn: '2024-04-21' }] },
    });
    expect(certs.status).toBe(403);
  });

  it('a municipal manager may not edit people (403), even those assigned to their body', async () => {
    const res = await t.request('PATCH', `/api/people/${memberPersonId}`, {
      as: manager,
      body: { careerGoal: 'x' },
    });
    expect(res.status).toBe(403);
  });

  it('a talent officer changes anything; the merged record is checked and before/after audited', async () => {
    const bad = await t.request('PATCH', `/api/people/${otherPersonId}`, {
      as: officer,
      body: { hiringFiscalYear: 2024 },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Issues).error.issues?.[0]?.path).toBe('hiredOn');
    const res = await t.request('PATCH', `/api/people/${otherPersonId}`, {
      as: officer,
      body: {
        hiringFiscalYear: 2024,
        hiredOn: '2024-10-01',
        grade: '係長',
        certifications: [{ code: 'PM', passedOn: '2024-10-20' }],
      },
    });
    expect(res.status).toBe(200);
    const certs = await t.db
      .select()
      .from(personCertifications)
      .where(eq(personCertifications.personId, otherPersonId));
    expect(certs.map((c) => c.code)).toEqual(['PM']);
    const [entry] = (await t.db.select().from(auditLog).where(eq(auditLog.entityId, otherPersonId))).filter(
      (e) => e.action === 'person.update',
    );
    expect(entry?.before).toMatchObject({ grade: '主任', certifications: [] });
    expect(entry?.after).toMatchObject({ grade: '係長', certifications: [{ code: 'PM' }] });
  });

  it('rejects unknown fields (400) rather than ignoring them', async () => {
    const res = await t.request('PATCH', `/api/people/${otherPersonId}`, {
      as: officer,
      body: { salary: 1 },
    });
    expect(res.status).toBe(400);
  });
});

describe('PUT /api/people/{id}/status', () => {
  it('moves a person to 休職 and back, audited once per change', async () => {
    const res = await t.request('PUT', `/api/people/${otherPersonId}/status`, {
      as: officer,
      body: { status: 'leave' },
    });
    expect(res.status).toBe(200);
    expect((await res.json()) as Person).toMatchObject({ status: 'leave', statusLabel: '休職' });
    await t.request('PUT', `/api/people/${otherPersonId}/status`, { as: officer, body: { status: 'leave' } });
    const entries = (await t.db.select().from(auditLog).where(eq(auditLog.entityId, otherPersonId))).filter(
      (e) => e.action === 'person.status',
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]?.after).toMatchObject({ status: 'leave' });
  });

  it('is refused to a member, even for themselves', async () => {
    const res = await t.request('PUT', `/api/people/${memberPersonId}/status`, {
      as: member,
      body: { status: 'retired' },
    });
    expect(res.status).toBe(403);
  });
});

describe('linking an account', () => {
  it('links only a member account, and only to one person', async () => {
    const wrongRole = await t.request('PATCH', `/api/people/${otherPersonId}`, {
      as: officer,
      body: { accountLogin: manager.login },
    });
    expect(wrongRole.status).toBe(400);
    const taken = await t.request('PATCH', `/api/people/${otherPersonId}`, {
      as: officer,
      body: { accountLogin: member.login },
    });
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as Issues).error.code).toBe('ACCOUNT_ALREADY_LINKED');
  });
});
