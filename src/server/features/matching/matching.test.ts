import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { loadDemoData } from '../../../db/demo/load-demo-data.ts';
import { assignments, auditLog, people, posts } from '../../../db/schema/index.ts';
import { loadMatchingInputs } from './load-matching-inputs.ts';
import { type RunResult, SettingsSchema } from './matching.schema.ts';
import { planMatching } from './plan-matching.ts';
import { solveInWorker } from './solve-in-worker.ts';

type Run = { id: string; status: string; progress: number; error: string | null; result: RunResult | null };

let t: TestApp;
let talent: Session;

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.db);
  talent = await t.as('talent_officer');
});
afterAll(() => t.close());

async function scenario(body: Record<string, unknown>) {
  const res = await t.request('POST', '/api/matching/scenarios', {
    as: talent,
    body: { fiscalYear: 2025, name: 'テスト', ...body },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function runToEnd(scenarioId: string): Promise<Run> {
  const res = await t.request('POST', '/api/matching/runs', { as: talent, body: { scenarioId } });
  expect(res.status).toBe(202);
  const { id } = (await res.json()) as { id: string };
  for (;;) {
    const run = (await (await t.request('GET', `/api/matching/runs/${id}`, { as: talent })).json()) as Run;
    if (run.status !== 'running') return run;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('matching on the demo data for R7', () => {
  let run: Run;
  beforeAll(async () => {
    run = await runToEnd(await scenario({}));
  }, 60_000);

  it('finishes with a valid assignment: each person once, each post once', () => {
    expect(run.status).toBe('done');
    const r = run.result!;
    expect(new Set(r.proposals.map((p) => p.personId)).size).toBe(r.proposals.length);
    expect(new Set(r.proposals.map((p) => p.postId)).size).toBe(r.proposals.length);
    expect(r.metrics.people).toBe(38);
    expect(r.proposals.length + r.unassignedPeople.length).toBe(38);
    expect(r.metrics.postsFilled + r.unfilledPosts.length).toBe(r.metrics.posts);
  });

  it('explains every pair term by term, and the terms add up to the total', () => {
    const r = run.result!;
    for (const p of r.proposals) {
      expect(p.terms.length).toBeGreaterThanOrEqual(6);
      expect(p.terms.reduce((s, x) => s + x.points, 0)).toBe(p.total);
      expect(p.terms.every((x) => x.reason.length > 0)).toBe(true);
    }
    const penalties = r.unfilledPosts.length * 300 + r.unassignedPeople.length * 500;
    expect(r.metrics.totalCost).toBe(r.proposals.reduce((s, p) => s + p.total, 0) + penalties);
  });

  it('fills the R7 second posts that p.20 plans', () => {
    const r = run.result!;
    expect(r.proposals.some((p) => p.postTitle.includes('2人目'))).toBe(true);
  });

  it('is no worse than keeping everyone where they are (an optimum beats any feasible plan)', async () => {
    // Baseline: forbid every move — only "stay" pairs and new placements remain for the solver.
    const r = run.result!;
    const stays = r.proposals.filter((p) => p.move === 'stay');
    const locked = await runToEnd(
      await scenario({ locks: stays.map((p) => ({ personId: p.personId, postId: p.postId })) }),
    );
    expect(locked.result!.metrics.totalCost).toBeGreaterThanOrEqual(r.metrics.totalCost);
  }, 60_000);

  it('honours locks, forbidden pairs and excluded people', async () => {
    const [someone] = await t.db.select().from(people).where(eq(people.employeeNo, 'P0018'));
    const [kure] = await t.db
      .select()
      .from(posts)
      .where(and(eq(posts.orgCode, '342025'), eq(posts.title, '課長補佐')));
    const [excluded] = await t.db.select().from(people).where(eq(people.employeeNo, 'P0019'));
    const first = run.result!.proposals.find((p) => p.personId !== someone!.id)!;
    const r = (
      await runToEnd(
        await scenario({
          locks: [{ personId: someone!.id, postId: kure!.id }],
          forbidden: [{ personId: first.personId, postId: first.postId }],
          excludedPeople: [excluded!.id],
        }),
      )
    ).result!;
    expect(r.proposals.find((p) => p.personId === someone!.id)?.postId).toBe(kure!.id);
    expect(r.proposals.some((p) => p.personId === first.personId && p.postId === first.postId)).toBe(false);
    expect(r.proposals.some((p) => p.personId === excluded!.id)).toBe(false);
    expect(r.metrics.people).toBe(37);
  }, 60_000);

  it('weights change the answer: with a huge preference weight, more first choices are met', async () => {
    const prefer = (
      await runToEnd(
        await scenario({
          weights: {
            preference: 1000,
            jobType: 0,
            skill: 0,
            continuity: 0,
            crossBoundary: 0,
            distance: 0,
          },
        }),
      )
    ).result!;
    expect(prefer.metrics.firstChoices).toBeGreaterThanOrEqual(run.result!.metrics.firstChoices);
  }, 60_000);

  it('compares scenarios side by side with their metrics', async () => {
    const res = await t.request('GET', '/api/matching/scenarios?fiscalYear=2025', { as: talent });
    const { items } = (await res.json()) as {
      items: { name: string; latestRun: { metrics: { totalCost: number } | null } | null }[];
    };
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.every((i) => i.latestRun?.metrics !== null)).toBe(true);
  });

  it('accepts a run into the R7 plan as planned assignments, audited, replacing an earlier plan', async () => {
    const moving = run.result!.proposals.filter((p) => p.move !== 'stay');
    const res = await t.request('POST', `/api/matching/runs/${run.id}/accept`, { as: talent });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { planned: number }).planned).toBe(moving.length);
    // accepting again replaces rather than duplicates
    await t.request('POST', `/api/matching/runs/${run.id}/accept`, { as: talent });
    const planned = await t.db
      .select()
      .from(assignments)
      .where(and(eq(assignments.status, 'planned'), eq(assignments.startFiscalYear, 2025)));
    expect(planned).toHaveLength(moving.length);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'matching.run.accept'));
    expect(audit.length).toBe(2);
    expect(audit[0]?.entityId).toBe('2025');
  });

  it('refuses to cancel a finished run', async () => {
    const res = await t.request('POST', `/api/matching/runs/${run.id}/cancel`, { as: talent });
    expect(res.status).toBe(409);
  });
});

describe('validation', () => {
  it('rejects bad weights and penalties with per-field issues, writing nothing', async () => {
    const res = await t.request('POST', '/api/matching/scenarios', {
      as: talent,
      body: {
        fiscalYear: 2025,
        name: '',
        weights: { jobType: -1 },
        unfilledPostCost: 1.5,
      },
    });
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as { error: { issues: { path: string }[] } }).error.issues.map(
      (i) => i.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['name', 'weights.jobType', 'unfilledPostCost']));
  });

  it('answers 404 for an unknown scenario or run', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      (await t.request('POST', '/api/matching/runs', { as: talent, body: { scenarioId: unknown } })).status,
    ).toBe(404);
    expect((await t.request('GET', `/api/matching/runs/${unknown}`, { as: talent })).status).toBe(404);
  });
});

describe('a run in a worker thread', () => {
  const inputs = () => loadMatchingInputs(t.db, 2025, SettingsSchema.parse({ weights: {} }));
  /** The result without its timing, which differs between two solves. */
  const withoutTiming = ({ solveMs: _, ...rest }: RunResult) => rest;

  it('builds, solves and explains exactly as in process', async () => {
    const read = await inputs();
    const inWorker = await solveInWorker(read, () => undefined).result;
    const inProcess = planMatching(read);
    expect(inWorker.proposals.length).toBeGreaterThan(0);
    expect(withoutTiming(inWorker)).toEqual(withoutTiming(inProcess));
  });

  it('can be cancelled at once', async () => {
    const solving = solveInWorker(await inputs(), () => undefined);
    solving.cancel();
    await expect(solving.result).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
