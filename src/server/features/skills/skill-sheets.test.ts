import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { auditLog, people, skillAssessments, skillSheets } from '../../../db/schema/index.ts';
import { insertPerson, linkToLogin } from './test-fixtures.ts';

type Item = {
  itemCode: string;
  selfLevel: number | null;
  evaluatorLevel: number | null;
  evaluatorComment: string;
  effectiveLevel: number;
  target: number;
  gap: number;
};
type Sheet = {
  id: string;
  fiscalYear: number;
  fiscalYearLabel: string;
  jobType: { code: string; name: string };
  careerStage: { code: string };
  status: string;
  evaluatedBy: { displayName: string } | null;
  evaluatedAt: string | null;
  achievementPercent: number;
  items: Item[];
};

let t: TestApp;
let talent: Session;
let member: Session;
let personId: string;
beforeAll(async () => {
  t = await createTestApp();
  talent = await t.as('talent_officer');
  member = await t.as('member');
  // A security specialist hired in 2023: junior in 2023–2025.
  const p = await insertPerson(t.db, { hiringFiscalYear: 2023, hiredOn: '2023-04-01' });
  personId = p.id;
  await linkToLogin(t.db, p.id, member.login);
});
afterAll(() => t.close());

const open = (as: Session, fiscalYear: unknown, id = personId) =>
  t.request('POST', `/api/people/${id}/skill-sheets`, { as, body: { fiscalYear } });
const history = async (as: Session, id = personId) =>
  ((await (await t.request('GET', `/api/people/${id}/skill-sheets`, { as })).json()) as { items: Sheet[] })
    .items;
const item = (s: Sheet, code: string) => s.items.find((i) => i.itemCode === code)!;
const auditCount = async () => (await t.db.select().from(auditLog)).length;

describe('opening a sheet', () => {
  it('snapshots the primary job type and the career stage of the 年度', async () => {
    const res = await open(member, 2024);
    expect(res.status).toBe(201);
    const sheet = (await res.json()) as Sheet;
    expect(sheet).toMatchObject({
      fiscalYear: 2024,
      fiscalYearLabel: '令和6年度',
      jobType: { code: 'security_specialist', name: 'セキュリティスペシャリスト' },
      careerStage: { code: 'junior' },
      status: 'draft',
      achievementPercent: 0,
      evaluatedBy: null,
    });
    expect(sheet.items).toHaveLength(23);
    expect(item(sheet, 'security_engineering')).toMatchObject({ target: 2, effectiveLevel: 0, gap: 2 });
  });

  it('refuses a second sheet for the same 年度 with 409 and writes nothing', async () => {
    const before = await auditCount();
    const res = await open(talent, 2024);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('SKILL_SHEET_EXISTS');
    expect(await t.db.select().from(skillSheets).where(eq(skillSheets.personId, personId))).toHaveLength(1);
    expect(await auditCount()).toBe(before);
  });

  it('rejects a 年度 before hiring, a malformed 年度 and an unknown person', async () => {
    expect((await open(talent, 2022)).status).toBe(400);
    expect((await open(talent, '2024')).status).toBe(400);
    expect((await open(talent, 2024.5)).status).toBe(400);
    expect((await open(talent, 2024, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(
      (
        await t.request('POST', '/api/people/not-a-uuid/skill-sheets', {
          as: talent,
          body: { fiscalYear: 2024 },
        })
      ).status,
    ).toBe(400);
  });
});

describe('self-assessment and evaluation', () => {
  it('compute achievement exactly as by hand', async () => {
    const [sheet] = await history(member);
    const self = await t.request('PUT', `/api/skill-sheets/${sheet!.id}/self-assessment`, {
      as: member,
      body: {
        levels: [
          { itemCode: 'security_management', level: 3 },
          { itemCode: 'security_engineering', level: 1 },
          { itemCode: 'infrastructure', level: 2 },
          { itemCode: 'communication', level: 1 },
        ],
      },
    });
    expect(self.status).toBe(200);
    expect(((await self.json()) as Sheet).status).toBe('self_assessed');
    const evaluated = await t.request('PUT', `/api/skill-sheets/${sheet!.id}/evaluation`, {
      as: talent,
      body: {
        levels: [
          { itemCode: 'security_engineering', level: 2, comment: '脆弱性診断を独力で実施' },
          { itemCode: 'law_privacy', level: 1 },
        ],
      },
    });
    expect(evaluated.status).toBe(200);
    const s = (await evaluated.json()) as Sheet;
    // junior security specialist: core 2 × 2 items, related 1 × 3, basic 1 × 18 → targets sum to 25.
    // effective: security_management 3 (self) → 2, security_engineering 2 (evaluator), infrastructure 2 → 1,
    // law_privacy 1, communication 1 → reached 7 → 7 / 25 = 28.0 %.
    expect(s.achievementPercent).toBe(28);
    expect(s.status).toBe('evaluated');
    expect(s.evaluatedBy?.displayName).toBe('テスト talent_officer');
    expect(s.evaluatedAt).not.toBeNull();
    expect(item(s, 'security_engineering')).toMatchObject({
      selfLevel: 1,
      evaluatorLevel: 2,
      effectiveLevel: 2,
      evaluatorComment: '脆弱性診断を独力で実施',
      gap: 0,
    });
    expect(item(s, 'security_management')).toMatchObject({
      selfLevel: 3,
      evaluatorLevel: null,
      effectiveLevel: 3,
      gap: 0,
    });
    expect(item(s, 'cloud')).toMatchObject({ selfLevel: null, effectiveLevel: 0, target: 1, gap: 1 });
  });

  it('keeps an earlier comment when a re-evaluation gives none, and audits the change', async () => {
    const [sheet] = await history(member);
    const res = await t.request('PUT', `/api/skill-sheets/${sheet!.id}/evaluation`, {
      as: talent,
      body: { levels: [{ itemCode: 'security_engineering', level: 3 }] },
    });
    const s = (await res.json()) as Sheet;
    expect(item(s, 'security_engineering')).toMatchObject({
      evaluatorLevel: 3,
      evaluatorComment: '脆弱性診断を独力で実施',
    });
    const entries = (await t.db.select().from(auditLog)).filter((e) => e.action === 'skill_sheet.evaluate');
    expect(entries.at(-1)).toMatchObject({ entityId: sheet!.id, actorLogin: talent.login });
    expect(entries.at(-1)?.before).toMatchObject({ levels: { security_engineering: 2 } });
  });

  it('refuses a self-assessment once the sheet is evaluated (409)', async () => {
    const [sheet] = await history(member);
    const res = await t.request('PUT', `/api/skill-sheets/${sheet!.id}/self-assessment`, {
      as: member,
      body: { levels: [{ itemCode: 'cloud', level: 2 }] },
    });
    expect(res.status).toBe(409);
  });
});

describe('bad input writes nothing', () => {
  let sheetId: string;
  beforeAll(async () => {
    sheetId = ((await (await open(member, 2025)).json()) as Sheet).id;
  });
  const rows = () => t.db.select().from(skillAssessments).where(eq(skillAssessments.sheetId, sheetId));

  it.each([
    ['an unknown item code', [{ itemCode: 'cobol', level: 2 }], 'levels.0.itemCode'],
    ['level 5', [{ itemCode: 'cloud', level: 5 }], 'levels.0.level'],
    ['level −1', [{ itemCode: 'cloud', level: -1 }], 'levels.0.level'],
    ['a fractional level', [{ itemCode: 'cloud', level: 1.5 }], 'levels.0.level'],
    [
      'the same item twice',
      [
        { itemCode: 'cloud', level: 1 },
        { itemCode: 'cloud', level: 2 },
      ],
      'levels.1.itemCode',
    ],
  ])('%s → 400 on %s', async (_label, levels, path) => {
    const before = await auditCount();
    const res = await t.request('PUT', `/api/skill-sheets/${sheetId}/self-assessment`, {
      as: member,
      body: { levels: [{ itemCode: 'strategy', level: 2 }, ...levels] },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { issues: { path: string }[] } };
    expect(body.error.issues.map((i) => i.path)).toContain(
      path.replace(/^levels\.(\d+)/, (_m, n) => `levels.${Number(n) + 1}`),
    );
    expect(await rows()).toEqual([]);
    expect(await auditCount()).toBe(before);
    const [sheet] = await t.db.select().from(skillSheets).where(eq(skillSheets.id, sheetId));
    expect(sheet?.status).toBe('draft');
  });

  it('an evaluation with level 5 → 400, nothing written', async () => {
    const res = await t.request('PUT', `/api/skill-sheets/${sheetId}/evaluation`, {
      as: talent,
      body: {
        levels: [
          { itemCode: 'cloud', level: 2 },
          { itemCode: 'strategy', level: 5 },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(await rows()).toEqual([]);
  });

  it('an unknown sheet → 404', async () => {
    const res = await t.request('PUT', '/api/skill-sheets/00000000-0000-4000-8000-000000000000/evaluation', {
      as: talent,
      body: { levels: [{ itemCode: 'cloud', level: 2 }] },
    });
    expect(res.status).toBe(404);
  });
});

describe('history across 年度', () => {
  it('lists every 年度 oldest first, each measured against its own snapshot', async () => {
    const p = await insertPerson(t.db, {
      hiringFiscalYear: 2020,
      hiredOn: '2020-04-01',
      primaryJobType: 'data_scientist',
    });
    expect((await open(talent, 2022, p.id)).status).toBe(201);
    expect((await open(talent, 2023, p.id)).status).toBe(201);
    await t.db.update(people).set({ primaryJobType: 'advanced_tech_engineer' }).where(eq(people.id, p.id));
    expect((await open(talent, 2021, p.id)).status).toBe(201);
    const sheets = await history(talent, p.id);
    expect(sheets.map((s) => [s.fiscalYear, s.jobType.code, s.careerStage.code])).toEqual([
      [2021, 'advanced_tech_engineer', 'junior'],
      [2022, 'data_scientist', 'junior'],
      [2023, 'data_scientist', 'middle'],
    ]);
    // data_analysis is core to both job types: 2 as a junior, 3 as a middle; open_data only to data scientists.
    expect(sheets.map((s) => item(s, 'data_analysis').target)).toEqual([2, 2, 3]);
    expect(sheets.map((s) => item(s, 'open_data').target)).toEqual([1, 2, 3]);
  });

  it('measures a 任期付高度経験者 as ベテラン from the first year', async () => {
    const p = await insertPerson(t.db, {
      category: 'fixed_term_expert',
      hiringRoute: 'fixed_term',
      hiringFiscalYear: 2024,
      hiredOn: '2024-04-01',
    });
    const sheet = (await (await open(talent, 2024, p.id)).json()) as Sheet;
    expect(sheet.careerStage.code).toBe('senior');
    expect(item(sheet, 'security_engineering').target).toBe(4);
  });
});
