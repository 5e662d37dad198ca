/**
 * `npm run bench matching-run`: a matching run of the R7 demo with N extra people and N extra posts
 * (the shape of the two-server test's load), in process on PGlite: the problem built from the database, solved, and explained
 * (each person's best other post, each empty post's best filling, each wished body — the exact
 * forced-pair optima of find-alternatives.ts). Reference, measured in the same run: solving the same
 * problem once without explanations. Printed per N: build, solve, alternatives (ms), alternatives ÷
 * solve, answers cut by the search cap (not proven), explainResult (ms), the result's size and the
 * heap after. In the server only the read runs on the main thread; build, solve, alternatives and
 * explanation run in the run's worker thread (plan-matching.ts). `MATCHING_BENCH_SIZES` (default `0,300,1500`) sets the N.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { loadDemoData } from '../src/db/demo/load-demo-data.ts';
import { solveAssignment } from '../src/optimizer/index.ts';
import { buildMatchingProblem } from '../src/server/features/matching/build-matching-problem.ts';
import { explainResult } from '../src/server/features/matching/explain-result.ts';
import { findAlternatives } from '../src/server/features/matching/find-alternatives.ts';
import { loadMatchingInputs } from '../src/server/features/matching/load-matching-inputs.ts';
import { SettingsSchema } from '../src/server/features/matching/matching.schema.ts';
import { createTestDatabase } from '../tests/support/test-db.ts';

const SIZES = (process.env.MATCHING_BENCH_SIZES ?? '0,300,1500').split(',').map(Number);

export default async function matchingRunBench(): Promise<void> {
  const database = await createTestDatabase();
  const { db } = database;
  await loadDemoData(db);
  const settings = SettingsSchema.parse({ weights: {} });
  let added = 0;
  console.log(
    'extra people | people × posts | pairs | read ms (main thread) | build ms | solve ms (ref) | alternatives ms | ratio | not proven (cap) | explain-result ms | result MB | heap MB',
  );
  for (const n of SIZES.sort((a, b) => a - b)) {
    await addPeople(db, added, n - added);
    added = n;
    const t0 = performance.now();
    const inputs = await loadMatchingInputs(db, 2025, settings);
    const tRead = performance.now();
    const { compiled, alternatives } = buildMatchingProblem(inputs);
    const t1 = performance.now();
    solveAssignment(compiled.problem);
    const t2 = performance.now();
    const explained = alternatives ? findAlternatives(compiled.problem, alternatives) : null;
    const t3 = performance.now();
    const result = explainResult(
      compiled,
      {
        result: explained?.result ?? solveAssignment(compiled.problem),
        alternatives: explained?.alternatives ?? null,
      },
      0,
    );
    const t4 = performance.now();
    const bytes = Buffer.byteLength(JSON.stringify(result));
    const answers = explained
      ? [
          ...Object.values(explained.alternatives.person),
          ...Object.values(explained.alternatives.post),
          ...Object.values(explained.alternatives.wish).flatMap((w) => Object.values(w)),
        ]
      : [];
    const unproven = answers.filter((a) => a !== null && !a.complete).length;
    const p = compiled.problem;
    console.log(
      [
        n,
        `${p.people.length} × ${p.posts.length}`,
        p.pairs.length,
        (tRead - t0).toFixed(0),
        (t1 - tRead).toFixed(0),
        (t2 - t1).toFixed(0),
        alternatives ? (t3 - t2).toFixed(0) : 'skipped',
        alternatives ? ((t3 - t2) / Math.max(1, t2 - t1)).toFixed(1) : '-',
        `${unproven} / ${answers.length}`,
        (t4 - t3).toFixed(0),
        (bytes / 2 ** 20).toFixed(1),
        (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0),
      ].join(' | '),
    );
  }
  await database.close();
}

/**
 * Adds `count` active 県情報職 hired in R4 (job types and home bodies spread as the demo's, two wished
 * bodies each) and `count` open posts of R7.
 */
async function addPeople(
  db: Awaited<ReturnType<typeof createTestDatabase>>['db'],
  from: number,
  count: number,
) {
  if (count <= 0) return;
  await db.execute(sql`
    INSERT INTO people (employee_no, name, kana, employer_org_code, category, hiring_route,
      hiring_fiscal_year, hired_on, grade, primary_job_type, home_org_code)
    SELECT 'BENCH' || g, 'ベンチ' || g, 'ベンチ', o.codes[1 + g % cardinality(o.codes)], 'pref_it', 'mid_career',
      2022, '2022-04-01', '主任', j.types[1 + (g * 7) % cardinality(j.types)],
      o.codes[1 + (g * 13) % cardinality(o.codes)]
    FROM generate_series(${from + 1}::int, ${from + count}::int) g,
      (SELECT array_agg(code ORDER BY code) AS codes FROM orgs) o,
      (SELECT array_agg(DISTINCT primary_job_type) AS types FROM people) j`);
  // As many open posts (the shape of the two-server test's load), spread over bodies and job types.
  await db.execute(sql`
    INSERT INTO posts (org_code, unit, title, wanted_job_type, wanted_level, from_fiscal_year, budget_secured)
    SELECT o.codes[1 + (g * 5) % cardinality(o.codes)], 'ベンチ課', 'ベンチ' || g,
      j.types[1 + (g * 3) % cardinality(j.types)], 1 + g % 4, 2025, true
    FROM generate_series(${from + 1}::int, ${from + count}::int) g,
      (SELECT array_agg(code ORDER BY code) AS codes FROM orgs) o,
      (SELECT array_agg(DISTINCT primary_job_type) AS types FROM people) j`);
  // Two wished bodies each, as the demo's people have.
  await db.execute(sql`
    INSERT INTO person_location_preferences (person_id, rank, org_code)
    SELECT p.id, r, o.codes[1 + (substr(p.employee_no, 6)::int * (r + 4)) % cardinality(o.codes)]
    FROM people p, generate_series(1, 2) r, (SELECT array_agg(code ORDER BY code) AS codes FROM orgs) o
    WHERE p.employee_no LIKE 'BENCH%' AND substr(p.employee_no, 6)::int > ${from}
    ON CONFLICT DO NOTHING`);
}
