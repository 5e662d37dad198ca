import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { auditLog, skillEvidence, trainingPlanItems } from '../../../db/schema/index.ts';
import { currentFiscalYear } from '../../../domain/fiscal-year.ts';
import { SKILL_ITEM_CODES } from '../../../domain/skills/catalogue.ts';
import { targetsFor } from '../../../domain/skills/targets.ts';
import { assignToBody, insertCourse, insertPerson, linkToLogin } from '../skills/test-fixtures.ts';

type PlanItem = {
  id: number;
  course: { id: string; name: string };
  targetItem: { code: string } | null;
  status: string;
  costYen: number;
  completedOn: string | null;
};
type Plan = {
  id: string;
  fiscalYear: number;
  totals: { costYen: number; completedCostYen: number; hours: number };
  items: PlanItem[];
};
type Draft = {
  plan: Plan;
  picks: { courseId: string; targetItem: string; gapClosed: number }[];
  unclosedGaps: { itemCode: string; gap: number }[];
  basedOn: { fiscalYear: number };
};

let t: TestApp;
let talent: Session;
let member: Session;
let otherMember: Session;
let staff: Session;
let kureManager: Session;
let viewer: Session;
let personId: string;
let sheetId: string;
const course: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  talent = await t.as('talent_officer');
  member = await t.as('member');
  otherMember = await t.as('member');
  staff = await t.as('municipal_staff', '342157');
  kureManager = await t.as('municipal_manager', '342025');
  viewer = await t.as('viewer', '342157');
  // A security specialist in the middle stage in 2024 (core 3, related 2, others 1).
  const p = await insertPerson(t.db);
  personId = p.id;
  await linkToLogin(t.db, p.id, member.login);
  await assignToBody(t.db, p.id, '342157', currentFiscalYear());
  const opened = await t.request('POST', `/api/people/${p.id}/skill-sheets`, {
    as: talent,
    body: { fiscalYear: 2024 },
  });
  sheetId = ((await opened.json()) as { id: string }).id;
  const targets = targetsFor('security_specialist', 'middle');
  const special: Record<string, number> = { security_engineering: 0, cloud: 0, security_management: 2 };
  await t.request('PUT', `/api/skill-sheets/${sheetId}/evaluation`, {
    as: talent,
    body: {
      levels: SKILL_ITEM_CODES.map((itemCode) => ({
        itemCode,
        level: special[itemCode] ?? targets.get(itemCode),
      })),
    },
  });
  // Gaps: security_engineering 3, cloud 2, security_management 1.
  for (const [key, name, skillItems, hours, costYen] of [
    ['diag', 'セキュリティ診断実践', ['security_engineering'], 10, 10_000],
    ['cloud', 'クラウド基礎', ['cloud'], 10, 10_000],
    ['isms', 'ISMS入門', ['security_management'], 10, 3_000],
    ['both', 'クラウドとISMS', ['cloud', 'security_management'], 15, 10_000],
    ['done', '既に修了した診断研修', ['security_engineering'], 1, 0],
    ['ux', 'UXデザイン入門', ['ux_design'], 1, 0],
    ['old', '募集終了の研修', ['cloud'], 1, 0],
  ] as const) {
    course[key] = (
      await insertCourse(t.db, { name, skillItems: [...skillItems], hours, costYen, active: key !== 'old' })
    ).id;
  }
  // 'done' was completed in 2023: never proposed again.
  const plan2023 = await t.request('PUT', `/api/people/${p.id}/training-plans/2023/items`, {
    as: talent,
    body: { items: [{ courseId: course.done }] },
  });
  const doneItem = ((await plan2023.json()) as Plan).items[0]!.id;
  await t.request('POST', `/api/training-plan-items/${doneItem}/complete`, {
    as: talent,
    body: { completedOn: '2023-06-01' },
  });
});
afterAll(() => t.close());

const draft = async (as: Session, body: object, id = personId) => {
  const res = await t.request('POST', `/api/people/${id}/training-plans/draft`, { as, body });
  return { status: res.status, body: (await res.json()) as Draft };
};
const editItems = (as: Session, items: object[]) =>
  t.request('PUT', `/api/people/${personId}/training-plans/2024/items`, { as, body: { items } });
const plan2024 = async () => {
  const res = await t.request('GET', `/api/people/${personId}/training-plans?fiscalYear=2024`, {
    as: talent,
  });
  return ((await res.json()) as { items: Plan[] }).items[0]!;
};
const names = (p: Plan) => p.items.map((i) => [i.course.name, i.status]);
const complete = (as: Session, itemId: number, body: object) =>
  t.request('POST', `/api/training-plan-items/${itemId}/complete`, { as, body });

describe('drafting from the gaps', () => {
  it('within a budget: the course closing the largest gap first, then what still fits', async () => {
    const { status, body } = await draft(member, { fiscalYear: 2024, budgetYen: 15_000 });
    expect(status).toBe(200);
    expect(body.basedOn.fiscalYear).toBe(2024);
    expect(body.picks.map((p) => [p.courseId, p.targetItem, p.gapClosed])).toEqual([
      [course.diag, 'security_engineering', 3],
      [course.isms, 'security_management', 1],
    ]);
    expect(body.unclosedGaps).toEqual([{ itemCode: 'cloud', gap: 2 }]);
    expect(body.plan.totals.costYen).toBe(13_000);
  });

  it('without a budget: 診断実践 (3 per 10 h), then クラウドとISMS (3 per 15 h beats クラウド基礎 2 per 10 h on gap closed)', async () => {
    const { body } = await draft(talent, { fiscalYear: 2024 });
    expect(names(body.plan)).toEqual([
      ['セキュリティ診断実践', 'planned'],
      ['クラウドとISMS', 'planned'],
    ]);
    expect(body.plan.items.map((i) => i.targetItem?.code)).toEqual(['security_engineering', 'cloud']);
    expect(body.unclosedGaps).toEqual([]);
  });

  it('needs a skill sheet (409) and writes nothing', async () => {
    const other = await insertPerson(t.db);
    const before = (await t.db.select().from(auditLog)).length;
    const { status, body } = await draft(talent, { fiscalYear: 2024 }, other.id);
    expect(status).toBe(409);
    expect((body as unknown as { error: { code: string } }).error.code).toBe('SKILL_SHEET_REQUIRED');
    expect((await t.db.select().from(auditLog)).length).toBe(before);
  });
});

describe('completion', () => {
  it('records a completion and adds it as evidence for the target item of that 年度’s sheet, once', async () => {
    const diag = (await plan2024()).items[0]!;
    const res = await complete(member, diag.id, { completedOn: '2024-09-30' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      item: PlanItem;
      evidence: { sheetId: string; itemCode: string; description: string };
    };
    expect(body.item).toMatchObject({ status: 'completed', completedOn: '2024-09-30', costYen: 10_000 });
    expect(body.evidence).toMatchObject({
      sheetId,
      itemCode: 'security_engineering',
      description: 'セキュリティ診断実践（試験ラーニング）2024-09-30 修了',
    });
    // Corrected date: still one piece of evidence, re-described.
    expect((await complete(member, diag.id, { completedOn: '2024-10-01' })).status).toBe(200);
    const evidence = await t.db.select().from(skillEvidence).where(eq(skillEvidence.sheetId, sheetId));
    expect(evidence.map((e) => [e.kind, e.reference, e.description])).toEqual([
      ['training', String(diag.id), 'セキュリティ診断実践（試験ラーニング）2024-10-01 修了'],
    ]);
  });

  it('lets the person record their completion but not a cost (403); talent officers record the actual cost', async () => {
    const diag = (await plan2024()).items[0]!;
    expect((await complete(member, diag.id, { completedOn: '2024-10-01', costYen: 0 })).status).toBe(403);
    expect((await complete(member, diag.id, { completedOn: '2024-10-01', costYen: 10_000 })).status).toBe(
      200,
    );
    const res = await complete(talent, diag.id, { completedOn: '2024-10-01', costYen: 8_800 });
    expect(((await res.json()) as { item: PlanItem }).item.costYen).toBe(8_800);
  });

  it('refuses a date outside the plan’s 年度 (400) and a malformed one', async () => {
    const item = (await plan2024()).items[1]!;
    expect((await complete(talent, item.id, { completedOn: '2025-04-01' })).status).toBe(400);
    expect((await complete(talent, item.id, { completedOn: '2024-02-30' })).status).toBe(400);
    expect((await plan2024()).items[1]?.status).toBe('planned');
  });

  it('a re-draft keeps completed items and treats their items as closed', async () => {
    const { body } = await draft(talent, { fiscalYear: 2024 });
    expect(names(body.plan)).toEqual([
      ['セキュリティ診断実践', 'completed'],
      ['クラウドとISMS', 'planned'],
    ]);
  });
});

describe('editing the items', () => {
  it('reorders: items are re-inserted and the evidence follows the completed item', async () => {
    const before = await plan2024();
    const [diag, both] = before.items;
    const res = await editItems(member, [
      { id: both!.id, courseId: course.both },
      { id: diag!.id, courseId: course.diag },
    ]);
    expect(res.status).toBe(200);
    const after = (await res.json()) as Plan;
    expect(names(after)).toEqual([
      ['クラウドとISMS', 'planned'],
      ['セキュリティ診断実践', 'completed'],
    ]);
    const movedDiag = after.items[1]!;
    expect(movedDiag).toMatchObject({ completedOn: '2024-10-01', costYen: 8_800 });
    const [evidence] = await t.db.select().from(skillEvidence).where(eq(skillEvidence.sheetId, sheetId));
    expect(evidence?.reference).toBe(String(movedDiag.id));
  });

  it('adds at the end keeping the ids; the person may not set a cost', async () => {
    const before = await plan2024();
    const keep = before.items.map((i) => ({ id: i.id, courseId: i.course.id }));
    expect((await editItems(member, [...keep, { courseId: course.isms, costYen: 0 }])).status).toBe(403);
    const res = await editItems(member, [
      ...keep,
      { courseId: course.isms, targetItem: 'security_management' },
    ]);
    expect(res.status).toBe(200);
    const after = (await res.json()) as Plan;
    expect(after.items.slice(0, 2).map((i) => i.id)).toEqual(before.items.map((i) => i.id));
    expect(after.items[2]).toMatchObject({
      costYen: 3_000,
      targetItem: { code: 'security_management' },
      status: 'planned',
    });
  });

  it('talent officers change costs; the person resending the same cost is fine', async () => {
    const items = (await plan2024()).items.map((i) => ({
      id: i.id,
      courseId: i.course.id,
      costYen: i.costYen,
    }));
    expect((await editItems(member, items)).status).toBe(200);
    items[2]!.costYen = 2_500;
    const res = await editItems(talent, items);
    expect(((await res.json()) as Plan).items[2]?.costYen).toBe(2_500);
  });

  it('cancels an item, which then cannot be completed (409)', async () => {
    const items = (await plan2024()).items.map((i) => ({ id: i.id, courseId: i.course.id }));
    const res = await editItems(member, [items[0]!, items[1]!, { ...items[2]!, status: 'cancelled' }]);
    const plan = (await res.json()) as Plan;
    expect(plan.items[2]?.status).toBe('cancelled');
    expect(plan.totals.costYen).toBe(10_000 + 8_800);
    expect((await complete(member, items[2]!.id, { completedOn: '2024-10-01' })).status).toBe(409);
  });

  it('refuses to drop a completed item (409), and bad lists (400), writing nothing', async () => {
    const before = await t.db.select().from(trainingPlanItems);
    const items = (await plan2024()).items.map((i) => ({ id: i.id, courseId: i.course.id }));
    const completed = items[1]!;
    expect((await editItems(talent, [items[0]!, items[2]!])).status).toBe(409);
    expect((await editItems(talent, [...items, { id: 999_999, courseId: course.ux }])).status).toBe(400);
    expect((await editItems(talent, [...items, { courseId: course.old }])).status).toBe(400);
    expect(
      (await editItems(talent, [{ id: completed.id, courseId: course.cloud }, items[0]!, items[2]!])).status,
    ).toBe(400);
    expect((await editItems(talent, [...items, { courseId: course.diag }])).status).toBe(400);
    expect(
      (await editItems(talent, [items[0]!, { ...completed, status: 'planned' }, items[2]!])).status,
    ).toBe(400);
    expect(await t.db.select().from(trainingPlanItems)).toEqual(before);
  });
});

describe('who reads and writes plans', () => {
  it('municipal roles that see the person read the plans, all 年度 oldest first', async () => {
    const res = await t.request('GET', `/api/people/${personId}/training-plans`, { as: staff });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { items: Plan[] }).items.map((p) => p.fiscalYear)).toEqual([2023, 2024]);
  });

  it('others get 404 (not visible) or 403 (viewers; municipal roles writing)', async () => {
    expect(
      (await t.request('GET', `/api/people/${personId}/training-plans`, { as: kureManager })).status,
    ).toBe(404);
    expect(
      (await t.request('GET', `/api/people/${personId}/training-plans`, { as: otherMember })).status,
    ).toBe(404);
    expect((await t.request('GET', `/api/people/${personId}/training-plans`, { as: viewer })).status).toBe(
      403,
    );
    expect((await draft(staff, { fiscalYear: 2024 })).status).toBe(403);
    expect((await draft(otherMember, { fiscalYear: 2024 })).status).toBe(404);
    expect((await editItems(staff, [])).status).toBe(403);
    const item = (await plan2024()).items[0]!;
    expect((await complete(otherMember, item.id, { completedOn: '2024-10-01' })).status).toBe(404);
    expect((await complete(staff, item.id, { completedOn: '2024-10-01' })).status).toBe(403);
  });
});
