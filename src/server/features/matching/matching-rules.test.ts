import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { loadDemoData } from '../../../db/demo/load-demo-data.ts';
import { assignments, auditLog, orgs, people, posts } from '../../../db/schema/index.ts';
import type { RunResult } from './matching.schema.ts';

type Run = { id: string; status: string; error: string | null; result: RunResult | null };
type RuleSet = {
  rules: ({ id: string; kind: string; description: string } & Record<string, unknown>)[];
  version: number;
  isDefault: boolean;
};

let t: TestApp;
let officer: Session;

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.db);
  officer = await t.as('talent_officer');
});
afterAll(() => t.close());

async function getRules() {
  const res = await t.request('GET', '/api/matching/rules', { as: officer });
  expect(res.status).toBe(200);
  return { etag: res.headers.get('etag'), body: (await res.json()) as RuleSet };
}

async function putRules(rules: unknown[], ifMatch?: string) {
  return t.request('PUT', '/api/matching/rules', {
    as: officer,
    body: { rules },
    headers: ifMatch ? { 'if-match': ifMatch } : {},
  });
}

async function runToEnd(fiscalYear: number, body: Record<string, unknown> = {}): Promise<Run> {
  const created = await t.request('POST', '/api/matching/scenarios', {
    as: officer,
    body: { fiscalYear, name: `既定 ${fiscalYear}`, ...body },
  });
  const scenarioId = ((await created.json()) as { id: string }).id;
  const started = await t.request('POST', '/api/matching/runs', { as: officer, body: { scenarioId } });
  const { id } = (await started.json()) as { id: string };
  for (;;) {
    const run = (await (await t.request('GET', `/api/matching/runs/${id}`, { as: officer })).json()) as Run;
    if (run.status !== 'running') return run;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The deck's rules checked on a plan directly from the database (not through the compiler). */
async function deckRuleBreaks(fiscalYear: number, result: RunResult): Promise<string[]> {
  const personRows = await t.db.select().from(people);
  const orgRows = await t.db.select().from(orgs);
  const isPref = (code: string) => orgRows.find((o) => o.code === code)?.type === '県';
  const etajima = orgRows.find((o) => o.name === '江田島市')!.code;
  const breaks: string[] = [];
  for (const p of result.proposals) {
    const person = personRows.find((x) => x.id === p.personId)!;
    if (person.category === 'municipal_registered' && p.orgCode !== person.employerOrgCode) {
      if (!isPref(p.orgCode) && fiscalYear < 2026) breaks.push(`市町職員→他市町 ${p.personName}`);
      if (isPref(p.orgCode) && fiscalYear < 2024) breaks.push(`市町職員→県 ${p.personName}`);
    }
  }
  // 江田島市's people stay in their posts through R8: every post of 江田島市 held in R6 keeps its holder.
  if (fiscalYear <= 2026) {
    const held = await t.db
      .select()
      .from(assignments)
      .innerJoin(posts, eq(posts.id, assignments.postId))
      .where(and(eq(posts.orgCode, etajima), eq(assignments.status, 'actual')));
    for (const h of held.filter((x) => x.assignments.endFiscalYear === null)) {
      const now = result.proposals.find((p) => p.personId === h.assignments.personId);
      if (now?.postId !== h.assignments.postId) breaks.push(`江田島市の留任 ${h.assignments.personId}`);
    }
  }
  return breaks;
}

describe('GET/PUT /api/matching/rules', () => {
  it("answers the deck's defaults as version 0, each named", async () => {
    const { etag, body } = await getRules();
    expect(etag).toBe('"0"');
    expect(body.isDefault).toBe(true);
    const names = body.rules.map((r) => r.description);
    expect(names).toContain('市町職員の他の市町への配属は令和8年度から');
    expect(names).toContain('江田島市の人材は令和8年度まで現ポストに留任');
  });

  it('saves with If-Match, raises the version, audits, and refuses a stale version (412) changing nothing', async () => {
    const { body } = await getRules();
    const rules = body.rules.map(({ description: _d, ...r }) => r);
    const changed = rules.map((r) => (r.id === 'min-tenure' ? { ...r, penalty: 70 } : r));
    const saved = await putRules(changed, '"0"');
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe('"1"');
    expect(((await saved.json()) as RuleSet).rules.find((r) => r.id === 'min-tenure')?.penalty).toBe(70);

    const stale = await putRules(rules, '"0"');
    expect(stale.status).toBe(412);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe('STALE_VERSION');
    expect((await getRules()).body.rules.find((r) => r.id === 'min-tenure')?.penalty).toBe(70);

    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'matching.rules.update'));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorLogin).toBe(officer.login);
    // Back to the defaults (values), version 2.
    expect((await putRules(rules, '"1"')).status).toBe(200);
  });

  it('refuses bad rules with per-field issues (400), writing nothing', async () => {
    const before = (await getRules()).body.version;
    const bad = await putRules([
      { id: 'x', kind: 'bodyHeadcount', enforcement: 'penalty', orgCode: '342157', min: 3, max: 1 },
      { id: 'x', kind: 'noReturn', enforcement: 'hard', years: -1 },
    ]);
    expect(bad.status).toBe(400);
    const paths = ((await bad.json()) as { error: { issues: { path: string }[] } }).error.issues.map(
      (i) => i.path,
    );
    expect(paths.length).toBeGreaterThan(0);
    const unknownBody = await putRules([
      { id: 'y', kind: 'stayUntil', enforcement: 'hard', orgCode: '999999', throughFiscalYear: 2026 },
    ]);
    expect(unknownBody.status).toBe(400);
    expect(
      ((await unknownBody.json()) as { error: { issues: { path: string }[] } }).error.issues[0]?.path,
    ).toBe('rules.0');
    expect((await getRules()).body.version).toBe(before);
  });

  it('answers no 5xx to hostile bodies and headers', async () => {
    for (const body of [
      '{',
      '[]',
      '{"rules":"x"}',
      `{"rules":[${'{},'.repeat(300)}{}]}`,
      '{"rules":[{"id":"a","kind":"__proto__"}]}',
    ]) {
      const res = await t.request('PUT', '/api/matching/rules', { as: officer, body });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    const res = await putRules([], 'W/"x"');
    expect(res.status).toBe(400);
  });
});

describe('the default R7 and R8 runs of the demo', () => {
  let r7: Run;
  let r8: Run;
  beforeAll(async () => {
    r7 = await runToEnd(2025);
    const accepted = await t.request('POST', `/api/matching/runs/${r7.id}/accept`, { as: officer });
    expect(accepted.status).toBe(200);
    r8 = await runToEnd(2026);
  }, 120_000);

  it('keep every 必須 post filled, break no hard rule and no rule of the deck', async () => {
    for (const [fy, run] of [
      [2025, r7],
      [2026, r8],
    ] as const) {
      expect(run.status).toBe('done');
      const r = run.result!;
      const must = r.metrics.tiers.find((x) => x.label === '必須')!;
      expect(must.slots).toBe(16);
      expect(must.filled).toBe(16);
      expect(r.unfilledPosts.filter((p) => p.priorityLabel === '必須')).toEqual([]);
      expect(r.conflicts).toEqual([]);
      expect(r.metrics.ruleBreaks).toBe(0);
      expect(await deckRuleBreaks(fy, r)).toEqual([]);
    }
  });

  it('explain every empty post and every person, with exact extra costs', () => {
    const r = r7.result!;
    expect(r.unfilledPosts.length).toBeGreaterThan(0);
    for (const p of r.unfilledPosts) {
      expect(p.why?.summary.length).toBeGreaterThan(0);
      if (p.why?.kind === 'wouldCost') expect(p.why.fill?.extraCost).toBeGreaterThanOrEqual(0);
    }
    expect(r.people).toHaveLength(38);
    const movable = r.people.filter((p) => p.placedBy === null);
    expect(movable.every((p) => p.alternative !== null)).toBe(true);
    // 江田島市's people are placed by the stay rule, and named so.
    expect(r.people.filter((p) => p.placedBy?.includes('江田島市')).length).toBe(3);
    // A wish for a body whose posts a rule forbids names the rule.
    const forbidden = r.people.flatMap((p) => p.wishes).filter((w) => w.outcome === 'forbidden');
    expect(forbidden.every((w) => w.rules.length > 0)).toBe(true);
  });

  it('plans R8 from the accepted R7 plan: R7 moves count as the current posts', async () => {
    const moved = r7.result!.proposals.filter((p) => p.move === 'move');
    expect(moved.length).toBeGreaterThan(0);
    for (const m of moved) {
      const inR8 = r8.result!.proposals.find((p) => p.personId === m.personId);
      // staying in the R7 post is 継続 in R8, not a move
      if (inR8?.postId === m.postId) expect(inR8.move).toBe('stay');
    }
    expect(
      r8.result!.proposals.some((p) => moved.some((m) => m.personId === p.personId && m.postId === p.postId)),
    ).toBe(true);
  });
});

describe('a rule edited, re-run, and why a post stayed empty', () => {
  it('a maximum per body closes posts and says which rule; a hard conflict blocks acceptance', async () => {
    const { body } = await getRules();
    const rules = body.rules.map(({ description: _d, ...r }) => r);
    const mihara = (await t.db.select().from(orgs).where(eq(orgs.name, '三原市')))[0]!.code;
    const capped = await putRules([
      ...rules,
      { id: 'mihara-max', kind: 'bodyHeadcount', enforcement: 'hard', orgCode: mihara, min: null, max: 1 },
    ]);
    expect(capped.status).toBe(200);
    const run = await runToEnd(2025);
    const closed = run.result!.unfilledPosts.filter((p) => p.orgName === '三原市');
    expect(closed.length).toBe(2);
    for (const p of closed) {
      expect(p.why?.kind).toBe('closed');
      expect(p.why?.summary).toContain('三原市の配置は1人以下');
    }
    expect(run.result!.proposals.filter((p) => p.orgName === '三原市')).toHaveLength(1);

    // 江田島市 can hold at most 1, but 3 people stay there by rule: reported, and not acceptable.
    const etajima = (await t.db.select().from(orgs).where(eq(orgs.name, '江田島市')))[0]!.code;
    const current = (await getRules()).body;
    expect(
      (
        await putRules(
          [
            ...current.rules.map(({ description: _d, ...r }) => r),
            {
              id: 'etajima-max',
              kind: 'bodyHeadcount',
              enforcement: 'hard',
              orgCode: etajima,
              min: null,
              max: 1,
            },
          ],
          `"${current.version}"`,
        )
      ).status,
    ).toBe(200);
    const conflicted = await runToEnd(2025);
    expect(conflicted.status).toBe('done');
    expect(conflicted.result!.conflicts[0]?.message).toContain('最多1人を超えます');
    expect(conflicted.result!.conflicts[0]?.people).toHaveLength(3);
    const refused = await t.request('POST', `/api/matching/runs/${conflicted.id}/accept`, { as: officer });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('RULES_NOT_MET');
    // Back to the deck's rules for the other tests.
    const latest = (await getRules()).body;
    expect((await putRules(rules, `"${latest.version}"`)).status).toBe(200);
  }, 120_000);
});
