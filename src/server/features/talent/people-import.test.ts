import { eq } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import {
  auditLog,
  people,
  personCertifications,
  personLocationPreferences,
} from '../../../db/schema/index.ts';
import { addPerson } from './test-fixtures.ts';

type Preview = {
  batchId: string;
  encoding: string | null;
  totalRows: number;
  validRows: number;
  errors: { row: number; column: string; message: string }[];
  canCommit: boolean;
  people: { created: number; updated: number; rows: { employeeNo: string; action: string }[] };
};

let t: TestApp;
let officer: Session;
let admin: Session;
let manager: Session;

const HEADER =
  '職員番号,氏名,ふりがな,採用団体,区分,採用区分,採用年度,採用日,職位,主ジョブタイプ,副ジョブタイプ,資格,状態,勤務希望地,居住地,キャリア目標';
const NEW_ROW =
  'IMP-001,髙橋 ①子,タカハシ イチコ,広島県,県情報職,大学卒業程度,令和6年度,2024/4/1,係員,データサイエンティスト,⑩,' +
  'AP:2023-10-08;SC:2024-06-20,在籍,江田島市>呉市,呉市,㈱での分析経験を活かす';
const UPDATE_ROW =
  'EXIST-01,既存 一郎,きぞん いちろう,342157,市町職員の共通人材登録,社会人経験者,R5,2023-04-01,係長,プロジェクトマネージャー,,,休職,,,';

beforeAll(async () => {
  t = await createTestApp();
  [officer, admin, manager] = await Promise.all([
    t.as('talent_officer'),
    t.as('admin'),
    t.as('municipal_manager', '342157'),
  ]);
  await addPerson(t.db, {
    employeeNo: 'EXIST-01',
    name: '既存 一郎',
    kana: 'きぞん いちろう',
    employerOrgCode: '342157',
    category: 'municipal_registered',
    locationPreferences: ['342157'],
    careerGoal: '残すべき目標',
  });
});
afterAll(() => t.close());

/** Sends raw file bytes, as the browser does. */
const upload = (s: Session, bytes: Uint8Array<ArrayBuffer>, query = '') =>
  t.app.request(`/api/people/import${query}`, {
    method: 'POST',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': 'text/csv' },
    body: bytes,
  });
const commit = (s: Session, batchId: string) =>
  t.request('POST', `/api/people/import/${batchId}/commit`, { as: s });
const cp932 = (lines: string[]) => new Uint8Array(iconv.encode(`${lines.join('\r\n')}\r\n`, 'cp932'));
const peopleRows = () => t.db.select().from(people).orderBy(people.employeeNo);

describe('POST /api/people/import — CP932 with 髙, ① and ㈱', () => {
  let preview: Preview;

  it('previews a real CP932 file: new and existing rows told apart, nothing written yet', async () => {
    const before = await peopleRows();
    const bytes = cp932([HEADER, NEW_ROW, UPDATE_ROW]);
    expect(Buffer.from(bytes).includes(Buffer.from('髙', 'utf8'))).toBe(false);
    const res = await upload(officer, bytes, '?filename=people.csv');
    expect(res.status).toBe(201);
    preview = (await res.json()) as Preview;
    expect(preview).toMatchObject({
      encoding: 'cp932',
      totalRows: 2,
      validRows: 2,
      errors: [],
      canCommit: true,
    });
    expect(preview.people).toEqual({
      created: 1,
      updated: 1,
      rows: [
        { employeeNo: 'IMP-001', name: '髙橋 ①子', action: 'create' },
        { employeeNo: 'EXIST-01', name: '既存 一郎', action: 'update' },
      ],
    });
    expect(await peopleRows()).toEqual(before);
  });

  it('commits: creates the new person character for character, updates the existing one, audited', async () => {
    const res = await commit(officer, preview.batchId);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ created: 1, updated: 1, inserted: 2 });
    const [created] = await t.db.select().from(people).where(eq(people.employeeNo, 'IMP-001'));
    expect(created).toMatchObject({
      name: '髙橋 ①子',
      kana: 'たかはし いちこ',
      careerGoal: '㈱での分析経験を活かす',
      hiringFiscalYear: 2024,
      hiredOn: '2024-04-01',
      primaryJobType: 'data_scientist',
      secondaryJobType: 'advanced_tech_engineer',
      homeOrgCode: '342025',
    });
    const certs = await t.db
      .select()
      .from(personCertifications)
      .where(eq(personCertifications.personId, created!.id));
    expect(certs.map((c) => [c.code, c.passedOn]).sort()).toEqual([
      ['AP', '2023-10-08'],
      ['SC', '2024-06-20'],
    ]);
    const [updated] = await t.db.select().from(people).where(eq(people.employeeNo, 'EXIST-01'));
    // Its personal columns are present but blank: blank means cleared.
    expect(updated).toMatchObject({
      grade: '係長',
      status: 'leave',
      primaryJobType: 'project_manager',
      careerGoal: '',
    });
    const actions = (await t.db.select().from(auditLog)).map((e) => e.action);
    expect(actions.filter((a) => a === 'person.import')).toHaveLength(2);
    expect(actions).toContain('people.import');
  });

  it('a second commit of the same batch is refused (409) and writes nothing', async () => {
    const before = await peopleRows();
    const res = await commit(officer, preview.batchId);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('IMPORT_ALREADY_COMMITTED');
    expect(await peopleRows()).toEqual(before);
  });
});

describe('a file with bad rows', () => {
  it('gives per-row errors with the header the user wrote, and leaves the people table unchanged', async () => {
    const before = await peopleRows();
    const bytes = cp932([
      HEADER,
      NEW_ROW.replace('IMP-001', 'IMP-002'),
      'IMP-003,悪い 例,warui,東京都,県職員,社会人経験者,R6,2024-04-01,係員,ビジネスデザイナー,,AP,在籍,,,',
      NEW_ROW.replace('IMP-001', 'IMP-002').replace('2024/4/1', '2024/3/31'),
    ]);
    const res = await upload(officer, bytes);
    expect(res.status).toBe(201);
    const p = (await res.json()) as Preview;
    expect(p).toMatchObject({ totalRows: 3, validRows: 1, canCommit: false });
    const errs = p.errors.map((e) => [e.row, e.column]);
    expect(errs).toEqual(
      expect.arrayContaining([
        [3, 'ふりがな'],
        [3, '採用団体'],
        [3, '区分'],
        [3, '資格'],
        [4, '採用日'],
      ]),
    );
    expect(p.errors.find((e) => e.column === '採用団体')?.message).toContain('東京都');
    const commitRes = await commit(officer, p.batchId);
    expect(commitRes.status).toBe(400);
    expect(await peopleRows()).toEqual(before);
  });

  it('reports a 職員番号 repeated within the file', async () => {
    const res = await upload(
      officer,
      cp932([HEADER, NEW_ROW.replace('IMP-001', 'IMP-009'), NEW_ROW.replace('IMP-001', 'IMP-009')]),
    );
    const p = (await res.json()) as Preview;
    expect(p.errors).toEqual([{ row: 3, column: '職員番号', message: expect.stringContaining('重複') }]);
  });
});

describe('round trip and permissions', () => {
  it('an export read back changes nothing: every row an update, no errors (CP932 and xlsx)', async () => {
    for (const format of ['csv-cp932', 'xlsx']) {
      const exported = await t.request('GET', `/api/people/export?format=${format}`, { as: officer });
      const bytes = new Uint8Array(await exported.arrayBuffer());
      const before = await peopleRows();
      const p = (await (await upload(officer, bytes)).json()) as Preview;
      expect(p.errors).toEqual([]);
      expect(p.people.created).toBe(0);
      expect(p.people.updated).toBe(before.length);
      expect((await commit(officer, p.batchId)).status).toBe(200);
      const after = await peopleRows();
      expect(after.map(({ updatedAt: _u, ...r }) => r)).toEqual(before.map(({ updatedAt: _u, ...r }) => r));
    }
  });

  it('a file without the personal columns keeps the stored preferences and career goal', async () => {
    await addPerson(t.db, {
      employeeNo: 'EXIST-02',
      employerOrgCode: '342157',
      category: 'municipal_registered',
      locationPreferences: ['342157'],
      careerGoal: '残すべき目標',
    });
    const row = UPDATE_ROW.replace('EXIST-01', 'EXIST-02').split(',').slice(0, 13).join(',');
    const res = await upload(officer, cp932([HEADER.split(',').slice(0, 13).join(','), row]));
    const p = (await res.json()) as Preview;
    expect((await commit(officer, p.batchId)).status).toBe(200);
    const [stored] = await t.db.select().from(people).where(eq(people.employeeNo, 'EXIST-02'));
    expect(stored).toMatchObject({ careerGoal: '残すべき目標', grade: '係長', status: 'leave' });
    const prefs = await t.db
      .select()
      .from(personLocationPreferences)
      .where(eq(personLocationPreferences.personId, stored!.id));
    expect(prefs.map((x) => x.orgCode)).toEqual(['342157']);
  });

  it('only talent officers and admins import; a batch is committed by its uploader or an admin', async () => {
    expect((await upload(manager, cp932([HEADER, NEW_ROW]))).status).toBe(403);
    const p = (await (
      await upload(officer, cp932([HEADER, NEW_ROW.replace('IMP-001', 'IMP-010')]))
    ).json()) as Preview;
    expect((await commit(manager, p.batchId)).status).toBe(403);
    expect((await commit(admin, p.batchId)).status).toBe(200);
    const unknown = await commit(officer, '00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
  });
});
