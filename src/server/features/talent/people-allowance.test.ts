import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { addPerson } from './test-fixtures.ts';

type Allowance = {
  eligible: boolean;
  monthlyYen: number | null;
  start: string | null;
  end: string | null;
  period: string | null;
  qualifyingExam: { code: string; name: string } | null;
  reason: string | null;
};

let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.as('talent_officer');
});
afterAll(() => t.close());

const allowanceOf = async (over: Parameters<typeof addPerson>[1]) => {
  const person = await addPerson(t.db, over);
  const res = await t.request('GET', `/api/people/${person.id}/allowance`, { as: officer });
  expect(res.status).toBe(200);
  return (await res.json()) as Allowance;
};

describe('GET /api/people/{id}/allowance — 初任給調整手当 (p.8)', () => {
  it('an R5 県情報職 hire with 応用情報: ¥50,000 a month from hiring to the day before the 10th anniversary', async () => {
    const a = await allowanceOf({
      hiringFiscalYear: 2023,
      hiredOn: '2023-04-01',
      certifications: [{ code: 'AP', passedOn: '2022-10-09' }],
    });
    expect(a).toEqual({
      eligible: true,
      monthlyYen: 50000,
      start: '2023-04-01',
      end: '2033-03-31',
      period: '令和5年4月1日〜令和15年3月31日',
      qualifyingExam: { code: 'AP', name: '応用情報技術者試験' },
      reason: null,
    });
  });

  it('an R6 hire who passes after hiring is paid from the next month', async () => {
    const a = await allowanceOf({
      hiringFiscalYear: 2024,
      hiredOn: '2024-04-01',
      hiringRoute: 'graduate',
      certifications: [
        { code: 'FE', passedOn: '2023-04-16' },
        { code: 'AP', passedOn: '2024-10-13' },
      ],
    });
    expect(a).toMatchObject({ eligible: true, start: '2024-11-01', end: '2034-03-31' });
  });

  it('an R4 hire is not eligible, even with 応用情報', async () => {
    const a = await allowanceOf({
      hiringFiscalYear: 2022,
      hiredOn: '2022-04-01',
      certifications: [{ code: 'AP', passedOn: '2021-10-10' }],
    });
    expect(a).toMatchObject({
      eligible: false,
      monthlyYen: null,
      start: null,
      reason: '令和5年度より前の採用です',
    });
  });

  it('基本情報 only is not eligible', async () => {
    const a = await allowanceOf({ certifications: [{ code: 'FE', passedOn: '2022-04-17' }] });
    expect(a).toMatchObject({ eligible: false, reason: '応用情報技術者試験以上の合格がありません' });
  });

  it('a municipal registered staff member is not eligible', async () => {
    const a = await allowanceOf({
      category: 'municipal_registered',
      employerOrgCode: '342157',
      certifications: [{ code: 'AP', passedOn: '2022-10-09' }],
    });
    expect(a.eligible).toBe(false);
  });

  it('an unknown person is 404', async () => {
    const res = await t.request('GET', '/api/people/00000000-0000-4000-8000-000000000000/allowance', {
      as: officer,
    });
    expect(res.status).toBe(404);
  });
});
