import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { loadDemoData } from '../../../db/demo/load-demo-data.ts';
import { matchingRuns } from '../../../db/schema/index.ts';
import { ABANDONED_RUN_MESSAGE, beat, failAbandonedRuns } from './run-liveness.ts';

type Run = { id: string; status: string; error: string | null };

let t: TestApp;
let officer: Session;
let scenarioId: string;

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.db);
  officer = await t.as('talent_officer');
  const created = await t.request('POST', '/api/matching/scenarios', {
    as: officer,
    body: { fiscalYear: 2031, name: '停止したサーバー' },
  });
  scenarioId = ((await created.json()) as { id: string }).id;
});
afterAll(() => t.close());

/** A running run as a process leaves it, its last heartbeat `secondsAgo` seconds ago. */
async function runningRun(secondsAgo: number): Promise<string> {
  const [row] = await t.db
    .insert(matchingRuns)
    .values({
      scenarioId,
      progress: 0.4,
      heartbeatAt: sql`now() - (${secondsAgo} * interval '1 second')`,
    })
    .returning({ id: matchingRuns.id });
  return row!.id;
}

async function read(id: string): Promise<Run> {
  const res = await t.request('GET', `/api/matching/runs/${id}`, { as: officer });
  expect(res.status).toBe(200);
  return (await res.json()) as Run;
}

describe('a run whose process stopped', () => {
  it('is answered and stored as failed once its heartbeat is older than the limit (120 s)', async () => {
    const dead = await runningRun(121);
    const alive = await runningRun(100);
    const run = await read(dead);
    expect(run.status).toBe('failed');
    expect(run.error).toBe(ABANDONED_RUN_MESSAGE);
    const [stored] = await t.db.select().from(matchingRuns).where(eq(matchingRuns.id, dead));
    expect(stored?.status).toBe('failed');
    expect(stored?.finishedAt).not.toBeNull();
    // A run with a recent heartbeat (a live process elsewhere) is left running, read or listed.
    expect((await read(alive)).status).toBe('running');
    const listed = await t.request('GET', '/api/matching/scenarios?fiscalYear=2031', { as: officer });
    const items = ((await listed.json()) as { items: { latestRun: Run | null }[] }).items;
    expect(items[0]?.latestRun).toEqual(expect.objectContaining({ id: alive, status: 'running' }));
  });

  it('is failed by the scenario list too, and only runs still running are touched', async () => {
    const dead = await runningRun(600);
    const listed = await t.request('GET', '/api/matching/scenarios?fiscalYear=2031', { as: officer });
    const items = ((await listed.json()) as { items: { latestRun: Run | null }[] }).items;
    expect(items[0]?.latestRun).toEqual(expect.objectContaining({ id: dead, status: 'failed' }));
    const [stored] = await t.db.select().from(matchingRuns).where(eq(matchingRuns.id, dead));
    expect(stored?.error).toBe(ABANDONED_RUN_MESSAGE);
    // Cancelled long ago: stays cancelled.
    const cancelled = await runningRun(600);
    await t.db.update(matchingRuns).set({ status: 'cancelled' }).where(eq(matchingRuns.id, cancelled));
    expect(await failAbandonedRuns(t.db)).toEqual([]);
    expect((await read(cancelled)).status).toBe('cancelled');
  });

  it('a heartbeat keeps a run alive', async () => {
    const id = await runningRun(119);
    await beat(t.db, id);
    const [row] = await t.db
      .select({ age: sql<number>`extract(epoch from now() - ${matchingRuns.heartbeatAt})::float8` })
      .from(matchingRuns)
      .where(eq(matchingRuns.id, id));
    expect(row?.age).toBeLessThan(60);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await failAbandonedRuns(t.db, id)).toEqual([]);
    expect((await read(id)).status).toBe('running');
  });
});
