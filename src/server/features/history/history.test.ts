import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { currentFiscalYear } from '../../../domain/fiscal-year.ts';
import { addPerson, addPost, assign, linkAccount } from '../talent/test-fixtures.ts';

type Entry = {
  at: string;
  actor: { login: string; name: string };
  action: string;
  actionLabel: string;
  changes: { field: string; label: string; before: string | null; after: string | null; masked: boolean }[];
};

let t: TestApp;
let etajima: Session;
let kure: Session;
let viewer: Session;
let officer: Session;
let member: Session;
beforeAll(async () => {
  t = await createTestApp();
  etajima = await t.as('municipal_manager', '342157');
  kure = await t.as('municipal_manager', '342025');
  viewer = await t.as('viewer', '342092');
  officer = await t.as('talent_officer');
  member = await t.as('member', '342157');
});
afterAll(() => t.close());

const history = async (url: string, as: Session) => {
  const res = await t.request('GET', url, { as });
  expect(res.status, url).toBe(200);
  return ((await res.json()) as { items: Entry[] }).items;
};

const SYSTEM = {
  orgCode: '342157',
  name: '住民情報システム',
  business: '住民基本台帳',
  hosting: 'オンプレミス',
  yearlyCost: 1_200_000,
  status: '稼働中',
};

describe('変更履歴 of a system', () => {
  it('lists who changed which fields, newest first, in words, for every role', async () => {
    const created = (await (
      await t.request('POST', '/api/systems', { as: etajima, body: SYSTEM })
    ).json()) as {
      id: number;
    };
    const patched = await t.request('PATCH', `/api/systems/${created.id}`, {
      as: etajima,
      body: { yearlyCost: 1_500_000, contractEnd: '2026-03-31', personalData: true },
    });
    expect(patched.status).toBe(200);
    for (const reader of [viewer, kure, member]) {
      const items = await history(`/api/systems/${created.id}/history`, reader);
      expect(items.map((e) => e.actionLabel)).toEqual(['変更', '登録']);
      expect(items[0]?.actor.login).toBe(etajima.login);
      expect(items[0]?.actor.name).toBe('テスト municipal_manager');
      expect(items[0]?.changes).toEqual([
        {
          field: 'contractEnd',
          label: '契約終了日',
          before: '（なし）',
          after: '令和8年3月31日',
          masked: false,
        },
        {
          field: 'yearlyCost',
          label: '年間経費',
          before: '1,200,000円',
          after: '1,500,000円',
          masked: false,
        },
        { field: 'personalData', label: '個人情報', before: 'いいえ', after: 'はい', masked: false },
      ]);
      expect(items[1]?.changes.find((c) => c.field === 'orgCode')).toMatchObject({
        before: null,
        after: '江田島市',
      });
    }
  });

  it('answers 404 for a system that does not exist and 400 for a bad id', async () => {
    expect((await t.request('GET', '/api/systems/999999/history', { as: viewer })).status).toBe(404);
    expect((await t.request('GET', '/api/systems/1e3/history', { as: viewer })).status).toBe(400);
  });
});

describe('変更履歴 of a person: personal fields masked as presentPerson masks them', () => {
  let personId: string;
  beforeAll(async () => {
    const person = await addPerson(t.db, { employerOrgCode: '340006', careerGoal: '最初の目標' });
    personId = person.id;
    await assign(
      t.db,
      personId,
      await addPost(t.db, '342157', 'CIO補佐官', currentFiscalYear()),
      currentFiscalYear(),
    );
    await linkAccount(t.db, personId, member.login);
    const res = await t.request('PATCH', `/api/people/${personId}`, {
      as: officer,
      body: { careerGoal: 'プロジェクトマネージャーを目指す', homeOrgCode: '342157', grade: '係長' },
    });
    expect(res.status).toBe(200);
  });

  it('shows every field to the person and to program-wide roles', async () => {
    for (const reader of [member, officer]) {
      const [latest] = await history(`/api/people/${personId}/history`, reader);
      expect(latest?.changes).toEqual([
        { field: 'grade', label: '職層', before: '主任', after: '係長', masked: false },
        {
          field: 'homeOrgCode',
          label: '居住地（団体）',
          before: '（なし）',
          after: '江田島市',
          masked: false,
        },
        {
          field: 'careerGoal',
          label: 'キャリアの目標',
          before: '最初の目標',
          after: 'プロジェクトマネージャーを目指す',
          masked: false,
        },
      ]);
    }
  });

  it('masks the personal fields for the host body’s manager, whom the person’s own GET does not show them', async () => {
    const person = (await (
      await t.request('GET', `/api/people/${personId}`, { as: etajima })
    ).json()) as object;
    expect('careerGoal' in person).toBe(false);
    const items = await history(`/api/people/${personId}/history`, etajima);
    expect(items[0]?.changes).toEqual([
      { field: 'grade', label: '職層', before: '主任', after: '係長', masked: false },
      { field: 'homeOrgCode', label: '居住地（団体）', before: null, after: null, masked: true },
      { field: 'careerGoal', label: 'キャリアの目標', before: null, after: null, masked: true },
    ]);
    const json = JSON.stringify(items);
    expect(json).not.toContain('最初の目標');
    expect(json).not.toContain('プロジェクトマネージャーを目指す');
  });

  it('is 404 for someone who may not see the person, 403 for viewers', async () => {
    expect((await t.request('GET', `/api/people/${personId}/history`, { as: kure })).status).toBe(404);
    expect((await t.request('GET', `/api/people/${personId}/history`, { as: viewer })).status).toBe(403);
    expect((await t.request('GET', '/api/people/not-a-uuid/history', { as: officer })).status).toBe(400);
  });
});

describe('変更履歴 of practices, posts, meetings and commitments', () => {
  it('diffs a practice’s fields', async () => {
    const created = (await (
      await t.request('POST', '/api/practices', {
        as: etajima,
        body: {
          orgCode: '342157',
          title: '書かない窓口',
          category: '好事例',
          fiscalYear: 2024,
          status: '実施中',
          summary: '申請書を職員が作成する窓口',
        },
      })
    ).json()) as { id: number };
    await t.request('PATCH', `/api/practices/${created.id}`, {
      as: etajima,
      body: { status: '完了', themes: ['窓口'] },
    });
    const [latest] = await history(`/api/practices/${created.id}/history`, viewer);
    expect(latest?.changes).toEqual([
      { field: 'themes', label: 'テーマ', before: '（なし）', after: '窓口', masked: false },
      { field: 'status', label: '状況', before: '実施中', after: '完了', masked: false },
    ]);
  });

  it('diffs a post, a meeting and a commitment', async () => {
    const post = (await (
      await t.request('POST', '/api/posts', {
        as: etajima,
        body: { orgCode: '342157', unit: 'デジタル推進室', title: '専門員', fromFiscalYear: 2025 },
      })
    ).json()) as { id: string };
    await t.request('PUT', `/api/posts/${post.id}`, {
      as: etajima,
      body: { orgCode: '342157', unit: 'デジタル推進室', title: '専門員', fromFiscalYear: 2025, fte: 0.5 },
    });
    const postHistory = await history(`/api/posts/${post.id}/history`, viewer);
    expect(postHistory[0]?.changes).toEqual([
      { field: 'fte', label: '人工（FTE）', before: '1', after: '0.5', masked: false },
    ]);

    const meeting = (await (
      await t.request('POST', '/api/meetings', {
        as: officer,
        body: {
          kind: 'working_group',
          title: '担当者会議',
          theme: '標準化',
          heldOn: '2024-07-04',
          commitments: [{ title: '移行計画の共有', ownerOrgCode: '342157', dueOn: '2024-09-30' }],
        },
      })
    ).json()) as { id: string; commitments: { id: string }[] };
    await t.request('PATCH', `/api/meetings/${meeting.id}`, { as: officer, body: { minutes: '議事録です' } });
    const meetingHistory = await history(`/api/meetings/${meeting.id}/history`, member);
    expect(meetingHistory[0]?.changes).toEqual([
      { field: 'minutes', label: '議事録', before: '（なし）', after: '議事録です', masked: false },
    ]);
    const commitmentId = meeting.commitments[0]!.id;
    await t.request('PATCH', `/api/commitments/${commitmentId}`, {
      as: etajima,
      body: { status: 'done', resolution: '共有した' },
    });
    const commitmentHistory = await history(`/api/commitments/${commitmentId}/history`, viewer);
    expect(commitmentHistory[0]?.actionLabel).toBe('完了');
    expect(commitmentHistory[0]?.changes.map((c) => [c.label, c.before, c.after])).toEqual(
      expect.arrayContaining([
        ['状況', '対応中', '完了'],
        ['対応結果', '（なし）', '共有した'],
      ]),
    );
  });

  it('answers 404 for records that do not exist', async () => {
    for (const url of [
      '/api/practices/999999/history',
      '/api/posts/00000000-0000-4000-8000-000000000000/history',
      '/api/meetings/00000000-0000-4000-8000-000000000000/history',
      '/api/commitments/00000000-0000-4000-8000-000000000000/history',
    ])
      expect((await t.request('GET', url, { as: viewer })).status, url).toBe(404);
  });
});
