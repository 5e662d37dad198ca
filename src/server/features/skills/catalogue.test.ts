import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { SKILL_ITEM_CODES } from '../../../domain/skills/catalogue.ts';

type JobType = { code: string; no: number; mark: string; name: string; description: string };
type Catalogue = {
  categories: { code: string; items: { code: string }[] }[];
  levels: { level: number; label: string }[];
  careerStages: { code: string }[];
  targets: {
    jobType: string;
    careerStage: string;
    levels: Record<string, number>;
    importance: Record<string, string>;
  }[];
};

let t: TestApp;
let viewer: Session;
beforeAll(async () => {
  t = await createTestApp();
  viewer = await t.as('viewer', '342092');
});
afterAll(() => t.close());

describe('GET /api/job-types', () => {
  it('answers the ten job types of p.9 with ①–⑩', async () => {
    const res = await t.request('GET', '/api/job-types', { as: viewer });
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: JobType[] };
    expect(items).toHaveLength(10);
    expect(items.map((j) => j.mark).join('')).toBe('①②③④⑤⑥⑦⑧⑨⑩');
    expect(items[0]).toEqual({
      code: 'business_designer',
      no: 1,
      mark: '①',
      name: 'ビジネスデザイナー',
      description: 'DXやデジタルビジネスの企画・立案・推進等を担う',
    });
    expect(items[9]?.name).toBe('先端技術エンジニア');
  });
});

describe('GET /api/skills/catalogue', () => {
  it('answers categories → items, the 0–4 scale, three stages and a target for every job type × stage × item', async () => {
    const res = await t.request('GET', '/api/skills/catalogue', { as: viewer });
    expect(res.status).toBe(200);
    const c = (await res.json()) as Catalogue;
    expect(c.categories.flatMap((x) => x.items.map((i) => i.code))).toEqual(SKILL_ITEM_CODES);
    expect(c.levels.map((l) => l.level)).toEqual([0, 1, 2, 3, 4]);
    expect(c.careerStages.map((s) => s.code)).toEqual(['junior', 'middle', 'senior']);
    expect(c.targets).toHaveLength(30);
    for (const row of c.targets) expect(Object.keys(row.levels)).toEqual(SKILL_ITEM_CODES);
    const seniorPm = c.targets.find((x) => x.jobType === 'project_manager' && x.careerStage === 'senior');
    expect(seniorPm?.levels.project_management).toBe(4);
    expect(seniorPm?.importance.project_management).toBe('core');
  });

  it('needs a session', async () => {
    expect((await t.request('GET', '/api/skills/catalogue')).status).toBe(401);
  });
});
