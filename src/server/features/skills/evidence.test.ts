import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { skillEvidence } from '../../../db/schema/index.ts';
import { addCertification, assignToBody, insertCourse, insertPerson, linkToLogin } from './test-fixtures.ts';

type Evidence = { id: number; itemCode: string; kind: string; reference: string | null; description: string };

let t: TestApp;
let talent: Session;
let member: Session;
let staff: Session;
let kureManager: Session;
let personId: string;
let sheetId: string;
let assignmentId: string;
let otherAssignmentId: string;
let completedItemId: number;
let plannedItemId: number;

beforeAll(async () => {
  t = await createTestApp();
  talent = await t.as('talent_officer');
  member = await t.as('member');
  staff = await t.as('municipal_staff', '342157');
  kureManager = await t.as('municipal_manager', '342025');
  const p = await insertPerson(t.db);
  const other = await insertPerson(t.db);
  personId = p.id;
  await linkToLogin(t.db, p.id, member.login);
  await addCertification(t.db, p.id, 'AP', '2021-06-20');
  assignmentId = await assignToBody(t.db, p.id, '342157', 2023);
  otherAssignmentId = await assignToBody(t.db, other.id, '342157', 2023);
  const sheet = await t.request('POST', `/api/people/${p.id}/skill-sheets`, {
    as: talent,
    body: { fiscalYear: 2024 },
  });
  sheetId = ((await sheet.json()) as { id: string }).id;
  const a = await insertCourse(t.db, { name: 'クラウド設計入門', skillItems: ['cloud'] });
  const b = await insertCourse(t.db, { name: '情報セキュリティ法令', skillItems: ['law_privacy'] });
  const plan = await t.request('PUT', `/api/people/${p.id}/training-plans/2024/items`, {
    as: talent,
    body: { items: [{ courseId: a.id }, { courseId: b.id }] },
  });
  const items = ((await plan.json()) as { items: { id: number }[] }).items;
  [completedItemId, plannedItemId] = [items[0]!.id, items[1]!.id];
  await t.request('POST', `/api/training-plan-items/${completedItemId}/complete`, {
    as: talent,
    body: { completedOn: '2024-07-01' },
  });
});
afterAll(() => t.close());

const add = (as: Session, body: object) =>
  t.request('POST', `/api/skill-sheets/${sheetId}/evidence`, { as, body });
const count = async () =>
  (await t.db.select().from(skillEvidence).where(eq(skillEvidence.sheetId, sheetId))).length;

describe('evidence kinds', () => {
  it('a certification the person holds, described from the exam', async () => {
    const res = await add(member, { itemCode: 'software_dev', kind: 'certification', reference: 'AP' });
    expect(res.status).toBe(201);
    expect((await res.json()) as Evidence).toMatchObject({
      itemCode: 'software_dev',
      kind: 'certification',
      reference: 'AP',
      description: '応用情報技術者試験（2021-06-20 合格）',
    });
  });

  it('refuses a certification the person does not hold, and the same evidence twice', async () => {
    const before = await count();
    expect(
      (await add(talent, { itemCode: 'security_engineering', kind: 'certification', reference: 'SC' }))
        .status,
    ).toBe(400);
    expect((await add(talent, { itemCode: 'security_engineering', kind: 'certification' })).status).toBe(400);
    expect(
      (await add(talent, { itemCode: 'software_dev', kind: 'certification', reference: 'AP' })).status,
    ).toBe(409);
    expect(await count()).toBe(before);
  });

  it('a completed training of the person, not a planned one', async () => {
    const ok = await add(member, {
      itemCode: 'architecture',
      kind: 'training',
      reference: String(completedItemId),
    });
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as Evidence).description).toBe(
      'クラウド設計入門（試験ラーニング）2024-07-01 修了',
    );
    const before = await count();
    expect(
      (await add(member, { itemCode: 'law_privacy', kind: 'training', reference: String(plannedItemId) }))
        .status,
    ).toBe(400);
    expect((await add(member, { itemCode: 'law_privacy', kind: 'training', reference: 'abc' })).status).toBe(
      400,
    );
    expect(await count()).toBe(before);
  });

  it("an OJT assignment of the person, or free text — not someone else's assignment", async () => {
    const res = await add(talent, {
      itemCode: 'municipal_standardisation',
      kind: 'ojt',
      reference: assignmentId,
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as Evidence).description).toBe(
      '江田島市 デジタル推進課 DX推進担当（令和5年度〜）',
    );
    const free = await add(member, {
      itemCode: 'communication',
      kind: 'ojt',
      description: '住民説明会の運営',
    });
    expect(free.status).toBe(201);
    const before = await count();
    expect((await add(talent, { itemCode: 'bpr', kind: 'ojt', reference: otherAssignmentId })).status).toBe(
      400,
    );
    expect((await add(talent, { itemCode: 'bpr', kind: 'ojt', reference: 'not-a-uuid' })).status).toBe(400);
    expect((await add(talent, { itemCode: 'bpr', kind: 'ojt' })).status).toBe(400);
    expect((await add(talent, { itemCode: 'cobol', kind: 'ojt', description: 'x' })).status).toBe(400);
    expect(await count()).toBe(before);
  });
});

describe('who keeps evidence', () => {
  it('host-body staff may not (403); another body’s manager gets 404', async () => {
    expect((await add(staff, { itemCode: 'bpr', kind: 'ojt', description: 'x' })).status).toBe(403);
    expect((await add(kureManager, { itemCode: 'bpr', kind: 'ojt', description: 'x' })).status).toBe(404);
  });

  it('removes one piece (204), then 404', async () => {
    const created = (await (
      await add(member, { itemCode: 'bpr', kind: 'ojt', description: '窓口業務の見直し' })
    ).json()) as Evidence;
    const url = `/api/skill-sheets/${sheetId}/evidence/${created.id}`;
    expect((await t.request('DELETE', url, { as: staff })).status).toBe(403);
    expect((await t.request('DELETE', url, { as: member })).status).toBe(204);
    expect((await t.request('DELETE', url, { as: member })).status).toBe(404);
  });

  it('shows evidence on the sheet (the completion above had no target item, so none was added for it)', async () => {
    const res = await t.request('GET', `/api/people/${personId}/skill-sheets`, { as: member });
    const [sheet] = ((await res.json()) as { items: { evidence: Evidence[] }[] }).items;
    expect(sheet?.evidence.map((e) => e.kind).sort()).toEqual(['certification', 'ojt', 'ojt', 'training']);
  });
});
