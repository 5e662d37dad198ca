import { loadDemoData } from './src/db/demo/load-demo-data.ts';
import { loadReferenceData } from './src/db/reference/load-reference-data.ts';
import { acceptRun } from './src/server/features/matching/accept-run.ts';
import { createScenario } from './src/server/features/matching/create-scenario.ts';
import { getRun } from './src/server/features/matching/get-run.ts';
import { CreateScenarioSchema, type RunResult } from './src/server/features/matching/matching.schema.ts';
import { startRun } from './src/server/features/matching/start-run.ts';
import { CLI_ACTOR } from './src/server/platform/actor.ts';
import { openDatabase } from './src/server/platform/db.ts';
import { createLogger } from './src/server/platform/logger.ts';

const database = await openDatabase({ dataDir: 'memory://' });
await database.migrate();
await loadReferenceData(database.db);
await loadDemoData(database.db);
const db = database.db;
async function runYear(fy: number) {
  const sc = await createScenario(
    db,
    CLI_ACTOR,
    CreateScenarioSchema.parse({ fiscalYear: fy, name: 'default' }),
  );
  const t0 = performance.now();
  const { runId, done } = await startRun(db, CLI_ACTOR, sc.id, createLogger('warn'));
  await done;
  const run = await getRun(db, runId);
  if (run.status !== 'done') {
    console.log(run.status, run.error);
    return null;
  }
  const r = run.result as RunResult;
  console.log(`== R${fy - 2018} (${(performance.now() - t0).toFixed(0)} ms, solve+explain ${r.solveMs} ms)`);
  console.log(
    'tiers',
    JSON.stringify(r.metrics.tiers),
    'ruleBreaks',
    r.metrics.ruleBreaks,
    'penaltyHits',
    r.metrics.penaltyHits,
    r.metrics.penaltyPoints,
    'total',
    r.metrics.totalCost,
    'moves',
    r.metrics.moves,
  );
  console.log('conflicts', JSON.stringify(r.conflicts));
  console.log('notCandidates', JSON.stringify(r.notCandidates));
  for (const u of r.unfilledPosts)
    console.log('EMPTY', u.priorityLabel, u.orgName, u.postTitle, '::', u.why?.summary);
  for (const p of r.people.slice(0, 6))
    console.log(
      'PERSON',
      p.personName,
      p.placedBy,
      JSON.stringify(p.alternative && { ...p.alternative, changes: p.alternative.changes.length }),
      JSON.stringify(p.wishes.map((w) => [w.orgName, w.outcome, w.rules, w.extraCost])),
    );
  for (const p of r.proposals.filter((x) => x.terms.some((t) => t.term === 'rule')))
    console.log(
      'PENALTY',
      p.personName,
      p.orgName,
      p.terms
        .filter((t) => t.term === 'rule')
        .map((t) => t.reason)
        .join(),
    );
  return runId;
}
const r7 = await runYear(2025);
if (r7) console.log(await acceptRun(db, CLI_ACTOR, r7));
await runYear(2026);
await database.close();
