/**
 * The exact assignment solver against SciPy, on identical instances generated here from a seeded
 * PRNG and handed to `bench/optimizer_reference.py` as raw binaries:
 *   dense:  scipy.optimize.linear_sum_assignment      vs solveDenseLap
 *   sparse: scipy.sparse.csgraph.min_weight_full_bipartite_matching vs solveSparseLap
 * Prints median times, the ratio ours/SciPy, whether the optima agree (1e-6 relative), memory, and
 * the object API (`solveAssignment`, with ids) on the largest sparse instance. Never asserts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type AssignmentProblem,
  type CsrMatrix,
  solveAssignment,
  solveDenseLap,
  solveSparseLap,
} from '../src/optimizer/index.ts';

const PYTHON = '/usr/bin/python3';
const here = dirname(fileURLToPath(import.meta.url));

/**
 * The vCPU both solvers run on (`OPTIMIZER_BENCH_CPU`, default the last one; `none`: not pinned). On
 * this VM the same solve takes up to ×1.8 longer on one vCPU than on the other (rect-1000x4000: 18–21
 * or 31–39 ms; SciPy alike), so an unpinned ratio says more about where each process landed than about
 * the solvers. Pinned, this process (all its threads) and every SciPy process share one vCPU.
 */
function pinnedCpu(): number | null {
  const setting = process.env.OPTIMIZER_BENCH_CPU ?? String(cpus().length - 1);
  if (setting === 'none') return null;
  const pin = spawnSync('taskset', ['-a', '-p', '-c', setting, String(process.pid)], { encoding: 'utf8' });
  return pin.status === 0 ? Number(setting) : null;
}
let cpu: number | null = null;

interface DenseInstance {
  readonly name: string;
  readonly kind: 'dense';
  readonly n: number;
  readonly cost: Float64Array;
  readonly reps: number;
}
/**
 * A dense n×m matrix with more columns than rows (the usual shape here: more posts than people),
 * solved by ours through the sparse path (every entry listed) and by SciPy's linear_sum_assignment.
 */
interface RectInstance {
  readonly name: string;
  readonly kind: 'rect';
  readonly n: number;
  readonly m: number;
  readonly cost: Float64Array;
  readonly matrix: CsrMatrix;
  readonly reps: number;
}
interface SparseInstance {
  readonly name: string;
  readonly kind: 'sparse';
  readonly n: number;
  readonly matrix: CsrMatrix;
  readonly reps: number;
}
type Instance = DenseInstance | RectInstance | SparseInstance;
interface Measured {
  readonly times: number[];
  readonly total: number;
}

/** mulberry32: small, fast, good enough for test data; the same seed gives the same instance. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function denseUniform(name: string, n: number, seed: number, reps: number): DenseInstance {
  const rnd = prng(seed);
  const cost = new Float64Array(n * n);
  for (let e = 0; e < cost.length; e++) cost[e] = rnd() * 1000;
  return { name, kind: 'dense', n, cost, reps };
}

/**
 * Integer costs shaped like the placement cost model, hence full of ties:
 * 10·jobTypeMismatch (0 same type, 1 same family, 2 other) + 3·locationRank (0…5) + distance bucket
 * (0…9), with people and posts in 24 municipalities scattered over a 150 km × 100 km area.
 */
function denseTies(name: string, n: number, seed: number, reps: number): DenseInstance {
  const rnd = prng(seed);
  const towns = Array.from({ length: 24 }, () => [rnd() * 150, rnd() * 100] as const);
  const personType = Array.from({ length: n }, () => Math.floor(rnd() * 8));
  const personTown = Array.from({ length: n }, () => Math.floor(rnd() * 24));
  const postType = Array.from({ length: n }, () => Math.floor(rnd() * 8));
  const postTown = Array.from({ length: n }, () => Math.floor(rnd() * 24));
  const cost = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const [xi, yi] = towns[personTown[i]!]!;
    for (let j = 0; j < n; j++) {
      const t = personType[i]!;
      const s = postType[j]!;
      const mismatch = t === s ? 0 : t >> 1 === s >> 1 ? 1 : 2;
      const [xj, yj] = towns[postTown[j]!]!;
      const km = Math.hypot(xi - xj, yi - yj);
      const rank = Math.min(5, Math.floor(km / 20));
      const bucket = Math.min(9, Math.floor(km / 8));
      cost[i * n + j] = 10 * mismatch + 3 * rank + bucket;
    }
  }
  return { name, kind: 'dense', n, cost, reps };
}

/**
 * Tie-heavy without identical rows ("struct"): 10·jobTypeMismatch (0…2) + 3·locationRank (0…5) from
 * a few attributes, plus a random integer 0…9 per pair — integer costs 0…44, so ties abound, but no
 * two rows are alike and the identical-row shortcut never applies.
 */
function denseStruct(name: string, n: number, seed: number, reps: number): DenseInstance {
  return { name, kind: 'dense', n, cost: structCosts(prng(seed), n, n), reps };
}

/** The "struct" costs of n people × m posts, row-major, drawn from `rnd` (see {@link denseStruct}). */
function structCosts(rnd: () => number, n: number, m: number): Float64Array {
  const towns = Array.from({ length: 24 }, () => [rnd() * 150, rnd() * 100] as const);
  const personType = Array.from({ length: n }, () => Math.floor(rnd() * 8));
  const personTown = Array.from({ length: n }, () => Math.floor(rnd() * 24));
  const postType = Array.from({ length: m }, () => Math.floor(rnd() * 8));
  const postTown = Array.from({ length: m }, () => Math.floor(rnd() * 24));
  const cost = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const [xi, yi] = towns[personTown[i]!]!;
    for (let j = 0; j < m; j++) {
      const t = personType[i]!;
      const s = postType[j]!;
      const mismatch = t === s ? 0 : t >> 1 === s >> 1 ? 1 : 2;
      const [xj, yj] = towns[postTown[j]!]!;
      const rank = Math.min(5, Math.floor(Math.hypot(xi - xj, yi - yj) / 20));
      cost[i * m + j] = 10 * mismatch + 3 * rank + Math.floor(rnd() * 10);
    }
  }
  return cost;
}

/**
 * Priority tiers as matching builds them (src/optimizer/formulate.ts): n people, m single-slot posts,
 * integer placement-like costs 0…44 (as struct_2000), posts of tier 2 (10 %), 1 (20 %) and 0; every
 * person placed, posts may stay empty. The lexicographic optimum is one assignment on the transformed
 * costs c − W_tier with W_k = k·(D + 1), D = Σ over people of the spread of their costs; ours (sparse
 * path) and SciPy solve those same transformed costs.
 */
function rectTiers(name: string, n: number, m: number, seed: number, reps: number): RectInstance {
  const rnd = prng(seed);
  const cost = structCosts(rnd, n, m);
  const tier = Array.from({ length: m }, () => {
    const r = rnd();
    return r < 0.1 ? 2 : r < 0.3 ? 1 : 0;
  });
  let spread = 0;
  for (let i = 0; i < n; i++) {
    const row = cost.subarray(i * m, (i + 1) * m);
    spread += Math.max(...row) - Math.min(...row);
  }
  const gap = spread + 1;
  for (let e = 0; e < cost.length; e++) cost[e]! -= tier[e % m]! * gap;
  const rowStart = Int32Array.from({ length: n + 1 }, (_, i) => i * m);
  const colIndex = Int32Array.from({ length: n * m }, (_, e) => e % m);
  return { name, kind: 'rect', n, m, cost, matrix: { nRows: n, nCols: m, rowStart, colIndex, cost }, reps };
}

/** n×m uniform reals in [0, 1000), every entry present; also as CSR for the sparse path. */
function rectUniform(name: string, n: number, m: number, seed: number, reps: number): RectInstance {
  const rnd = prng(seed);
  const cost = new Float64Array(n * m);
  for (let e = 0; e < cost.length; e++) cost[e] = rnd() * 1000;
  const rowStart = Int32Array.from({ length: n + 1 }, (_, i) => i * m);
  const colIndex = Int32Array.from({ length: n * m }, (_, e) => e % m);
  return { name, kind: 'rect', n, m, cost, matrix: { nRows: n, nCols: m, rowStart, colIndex, cost }, reps };
}

/** n×n, `degree` distinct random columns per row plus (i, perm(i)) so a perfect matching exists. */
function sparseRandom(name: string, n: number, degree: number, seed: number, reps: number): SparseInstance {
  const rnd = prng(seed);
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const k = Math.floor(rnd() * (i + 1));
    const t = perm[i]!;
    perm[i] = perm[k]!;
    perm[k] = t;
  }
  const rowStart = new Int32Array(n + 1);
  const colIndex = new Int32Array(n * (degree + 1));
  const cost = new Float64Array(n * (degree + 1));
  const seen = new Int32Array(n);
  let e = 0;
  for (let i = 0; i < n; i++) {
    const start = e;
    seen[perm[i]!] = i + 1;
    colIndex[e++] = perm[i]!;
    while (e - start < degree) {
      const j = Math.floor(rnd() * n);
      if (seen[j] === i + 1) continue;
      seen[j] = i + 1;
      colIndex[e++] = j;
    }
    colIndex.subarray(start, e).sort(); // SciPy prefers sorted indices; ours does not care
    for (let k = start; k < e; k++) cost[k] = 1 + rnd() * 999;
    rowStart[i + 1] = e;
  }
  return {
    name,
    kind: 'sparse',
    n,
    matrix: { nRows: n, nCols: n, rowStart, colIndex: colIndex.slice(0, e), cost: cost.slice(0, e) },
    reps,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function solveOnce(inst: Instance): number {
  return inst.kind === 'dense'
    ? solveDenseLap(inst.n, inst.cost).totalCost
    : solveSparseLap(inst.matrix).totalCost;
}

/** Two untimed runs first: V8 optimises the hot loops during the first one. */
function measureOurs(inst: Instance): Measured {
  solveOnce(inst);
  solveOnce(inst);
  const times: number[] = [];
  let total = Number.NaN;
  for (let r = 0; r < inst.reps; r++) {
    const t0 = performance.now();
    total = solveOnce(inst);
    times.push((performance.now() - t0) / 1000);
  }
  return { times, total };
}

/** Writes one instance for Python as raw binaries; returns its manifest entry. */
function writeInstance(dir: string, inst: Instance): Record<string, unknown> {
  const buf = (a: Float64Array | Int32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const base = join(dir, inst.name);
  if (inst.kind === 'dense' || inst.kind === 'rect') {
    writeFileSync(`${base}.cost.f64`, buf(inst.cost));
    const m = inst.kind === 'rect' ? inst.m : inst.n;
    return { name: inst.name, kind: 'dense', n: inst.n, m, cost: `${base}.cost.f64`, reps: inst.reps };
  }
  writeFileSync(`${base}.indptr.i32`, buf(inst.matrix.rowStart));
  writeFileSync(`${base}.indices.i32`, buf(inst.matrix.colIndex));
  writeFileSync(`${base}.data.f64`, buf(inst.matrix.cost));
  return {
    name: inst.name,
    kind: inst.kind,
    n: inst.n,
    m: inst.matrix.nCols,
    indptr: `${base}.indptr.i32`,
    indices: `${base}.indices.i32`,
    data: `${base}.data.f64`,
    reps: inst.reps,
  };
}

/** Runs SciPy on one instance (a fresh process right before ours, so both see the same machine load). */
function runScipy(dir: string, inst: Instance): { version: string; result: Measured } | string {
  const manifest = join(dir, `${inst.name}.json`);
  writeFileSync(manifest, JSON.stringify([writeInstance(dir, inst)]));
  const script = join(here, 'optimizer_reference.py');
  const [command, args] =
    cpu === null ? [PYTHON, [script, manifest]] : ['taskset', ['-c', String(cpu), PYTHON, script, manifest]];
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.error) return `${PYTHON} を実行できません: ${run.error.message}`;
  if (run.status !== 0) return (run.stderr || `exit ${run.status}`).trim().split('\n').slice(-1)[0] ?? '';
  const parsed = JSON.parse(run.stdout) as { scipy: string; results: Record<string, Measured> };
  const result = parsed.results[inst.name];
  return result ? { version: parsed.scipy, result } : 'no result';
}

const ms = (seconds: number) => `${(seconds * 1000).toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** The object-API form of a square CSR instance: ids 'p0'…, 'j0'…, one slot per post. */
function toProblem(m: CsrMatrix): AssignmentProblem {
  const people = Array.from({ length: m.nRows }, (_, i) => `p${i}`);
  const postIds = Array.from({ length: m.nCols }, (_, j) => `j${j}`);
  const pairs: { person: string; post: string; cost: number }[] = [];
  for (let i = 0; i < m.nRows; i++) {
    for (let e = m.rowStart[i]!; e < m.rowStart[i + 1]!; e++) {
      pairs.push({ person: people[i]!, post: postIds[m.colIndex[e]!]!, cost: m.cost[e]! });
    }
  }
  return { people, posts: postIds.map((id) => ({ id, slots: 1 })), pairs };
}

/** Runs the comparison and prints the figures. */
export default async function (): Promise<void> {
  // OPTIMIZER_BENCH_ONLY=name,name… runs only the instances whose names contain one of them.
  const only = (process.env.OPTIMIZER_BENCH_ONLY ?? '').split(',').filter(Boolean);
  const plan: [string, () => Instance][] = (
    [
      ['dense-1000-uniform', () => denseUniform('dense-1000-uniform', 1000, 1, 5)],
      ['dense-2000-uniform', () => denseUniform('dense-2000-uniform', 2000, 2, 5)],
      ['dense-2000-ties', () => denseTies('dense-2000-ties', 2000, 3, 5)],
      ['struct_2000', () => denseStruct('struct_2000', 2000, 6, 5)],
      ['rect-1000x4000', () => rectUniform('rect-1000x4000', 1000, 4000, 7, 5)],
      ['tiers-1000x4000', () => rectTiers('tiers-1000x4000', 1000, 4000, 8, 5)],
      ['sparse-5000x100', () => sparseRandom('sparse-5000x100', 5000, 100, 4, 5)],
      ['sparse-20000x100', () => sparseRandom('sparse-20000x100', 20000, 100, 5, 5)],
    ] as [string, () => Instance][]
  ).filter(([name]) => only.length === 0 || only.some((o) => name.includes(o)));
  const dir = mkdtempSync(join(tmpdir(), 'dxship-optimizer-bench-'));
  cpu = pinnedCpu();
  console.log(
    `node ${process.version}; ours: src/optimizer (dense JV / sparse JV + Dijkstra), median of 5 after 2 warm-ups`,
  );
  console.log(
    cpu === null
      ? 'not pinned: each solver runs on whichever vCPU it lands on (OPTIMIZER_BENCH_CPU)'
      : `ours and SciPy both pinned to vCPU ${cpu} (OPTIMIZER_BENCH_CPU=<n>|none)`,
  );
  console.log(
    `reference: ${PYTHON} + SciPy, median of 5, solver call only, run just before ours on the same instance`,
  );
  console.log('');
  console.log(
    `${'instance'.padEnd(20)} ${'ours'.padStart(10)} ${'SciPy'.padStart(10)} ${'ours/SciPy'.padStart(10)}  same optimum`,
  );
  let last: SparseInstance | undefined;
  let scipyVersion = '';
  try {
    for (const [, make] of plan) {
      const inst = make();
      const scipy = runScipy(dir, inst);
      const ours = measureOurs(inst);
      const ref = typeof scipy === 'string' ? undefined : scipy.result;
      if (typeof scipy === 'string') console.log(`  SciPy は利用できません (比較なし): ${scipy}`);
      else scipyVersion = scipy.version;
      const oursTime = median(ours.times);
      const refTime = ref ? median(ref.times) : Number.NaN;
      const same = ref
        ? Math.abs(ours.total - ref.total) <= 1e-6 * Math.max(1, Math.abs(ref.total))
          ? `yes (${ours.total.toFixed(4)})`
          : `NO: ours ${ours.total} vs SciPy ${ref.total}`
        : `- (ours ${ours.total.toFixed(4)})`;
      console.log(
        `${inst.name.padEnd(20)} ${ms(oursTime).padStart(10)} ${(ref ? ms(refTime) : '-').padStart(10)} ${(ref ? `×${(oursTime / refTime).toFixed(2)}` : '-').padStart(10)}  ${same}`,
      );
      if (inst.kind === 'sparse') last = inst;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (scipyVersion) console.log(`(SciPy ${scipyVersion})`);
  if (!last) return;

  // Memory and the object API on the largest sparse instance. RSS is sampled at the solver's
  // progress checkpoints (every few hundred augmentations and row-reduction bids).
  let peakRss = 0;
  const sampleRss = () => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  };
  const before = process.memoryUsage();
  const low = solveSparseLap(last.matrix, { onProgress: sampleRss });
  const after = process.memoryUsage();
  console.log('');
  console.log(
    `${last.name} solveSparseLap: rss ${mb(before.rss)} before, peak ${mb(peakRss)} during, ${mb(after.rss)} after; heapUsed ${mb(before.heapUsed)} → ${mb(after.heapUsed)}; arrayBuffers ${mb(before.arrayBuffers)} → ${mb(after.arrayBuffers)}`,
  );
  const t0 = performance.now();
  const problem = toProblem(last.matrix);
  const buildMs = performance.now() - t0;
  solveAssignment(problem); // warm-up
  const times: number[] = [];
  let total = Number.NaN;
  for (let r = 0; r < 3; r++) {
    const t1 = performance.now();
    total = solveAssignment(problem).totalCost;
    times.push(performance.now() - t1);
  }
  const agrees =
    Math.abs(total - low.totalCost) <= 1e-6 * Math.abs(low.totalCost) ? 'same optimum' : 'DIFFERENT';
  console.log(
    `solveAssignment (object API with ids, ${problem.pairs.length} pairs, no penalties): median ${median(times).toFixed(1)} ms (${agrees}; building the ${problem.pairs.length} pair objects took ${buildMs.toFixed(0)} ms, not included)`,
  );
  peakRss = 0;
  const rssBefore = process.memoryUsage.rss();
  solveAssignment(problem, { onProgress: sampleRss });
  console.log(
    `  memory: rss ${mb(rssBefore)} with the problem objects built, peak ${mb(peakRss)} during solveAssignment`,
  );
  const withPenalties = { ...problem, unassignedPersonCost: 600, unfilledPostCost: 600 };
  const penaltyTimes: number[] = [];
  let penalised = solveAssignment(withPenalties);
  for (let r = 0; r < 3; r++) {
    const t2 = performance.now();
    penalised = solveAssignment(withPenalties);
    penaltyTimes.push(performance.now() - t2);
  }
  console.log(
    `solveAssignment with both penalties = 600 (rectangular: one dummy column per person): median ${median(penaltyTimes).toFixed(1)} ms, ${penalised.assignments.length} assigned, total ${penalised.totalCost.toFixed(4)}`,
  );
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(`peak RSS of the whole bench process: ${mb(peak)} (target < 512 MB at 20,000)`);
}
